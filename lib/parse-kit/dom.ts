/** DOM helpers every platform's parse-dom shares. Pure: they only read the given subtree. */

/** What a per-post reader returns for a post the caller already has (parseDom's `known` hint). */
export const KNOWN = Symbol('known');

/** Elements matching `selector` in `root`, including `root` itself. */
export function collect(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  if ((root as Element).matches?.(selector)) out.push(root as Element);
  out.push(...Array.from(root.querySelectorAll(selector)));
  return out;
}

/** The page language from <html lang>, which decides how displayed counts are read. */
export function pageLang(root: ParentNode): string {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return doc?.documentElement?.getAttribute('lang') || 'en';
}

/** The document of a subtree. */
export function docOf(root: ParentNode): Document | undefined {
  return ((root as Node).ownerDocument ?? (root as Document)) || undefined;
}

/** Visible text with emoji images as their alt text, <br> as newlines. */
export function readText(el: Element): string {
  let out = '';
  const visit = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.tagName === 'IMG') out += e.getAttribute('alt') ?? '';
      else if (e.tagName === 'BR') out += '\n';
      else e.childNodes.forEach(visit);
    }
  };
  el.childNodes.forEach(visit);
  return out;
}
