import { leadingCount } from '../../parse-kit/counts';
import { collect, docOf, KNOWN, pageLang, readText } from '../../parse-kit/dom';
import type { CapturedPost, CapturedProfile, CaptureResult, CaptureWarning, MetricKey, Metrics } from '../types';
import { emptyResult } from '../types';
import { COUNT_WORDS, dom, PROFILE_COUNTS } from './selectors';
import { activityIdOf, handleFromProfileUrl, linkedinPost } from './shared';

/**
 * LinkedIn's feed DOM: the older layout marks posts with data-urn; the February-2026 layout has
 * no URN, so a post is only readable when it links to its /feed/update/urn:li:activity:… page.
 * A post we cannot identify is a selector miss, so the side panel can say the layout changed.
 */
export function parseLinkedinDom(root: ParentNode, url: URL, known?: (postId: string) => boolean): CaptureResult {
  try {
    const lang = pageLang(root);
    const posts = new Map<string, CapturedPost>();
    const warnings: CaptureWarning[] = [];
    for (const el of collect(root, dom.post)) {
      if (el.parentElement?.closest(dom.post)) continue; // a nested (reshared) post is read with its parent
      const post = readPost(el, lang, known);
      if (post === KNOWN) continue;
      if (post) posts.set(post.postId, post);
      else warnings.push({ kind: 'selectorMiss', detail: 'linkedin post without activity id (layout changed?)' });
    }
    const profile = readProfile(docOf(root) ?? root, url, lang);
    return { posts: [...posts.values()], profiles: profile ? [profile] : [], ...(warnings.length ? { warnings } : {}) };
  } catch (err) {
    return emptyResult([{ kind: 'selectorMiss', detail: `dom parser error: ${String(err).slice(0, 120)}` }]);
  }
}

function readPost(el: Element, lang: string, known?: (postId: string) => boolean): CapturedPost | typeof KNOWN | undefined {
  const id =
    activityIdOf(el.getAttribute('data-urn')) ??
    activityIdOf(el.getAttribute('data-id')) ??
    activityIdOf(el.querySelector(dom.activityLink)?.getAttribute('href'));
  if (id && known?.(id)) return KNOWN;
  const handle = Array.from(el.querySelectorAll(dom.actorLink))
    .map((a) => handleFromProfileUrl(a.getAttribute('href')))
    .find(Boolean);
  if (!id || !handle) return undefined;
  const textEl = el.querySelector(dom.text);
  const text = textEl ? readText(textEl).trim() : '';
  const metrics: Metrics = {};
  const approximate: MetricKey[] = [];
  for (const node of Array.from(el.querySelectorAll(dom.countLabels))) {
    const label = (node.getAttribute('aria-label') ?? node.textContent ?? '').trim();
    if (label.length > 80) continue;
    for (const [key, re] of Object.entries(COUNT_WORDS) as Array<[MetricKey, RegExp]>) {
      if (metrics[key] !== undefined || !re.test(label)) continue;
      const parsed = leadingCount(label, lang);
      if (!parsed) continue;
      metrics[key] = parsed.value;
      if (!parsed.exact) approximate.push(key);
    }
  }
  return linkedinPost(id, handle, text, { metrics, ...(approximate.length ? { approximate } : {}) });
}

/**
 * A company or person page: "12,345 followers", read only from the element that carries the count
 * (its whole text is the count and the word), never from text the page's owner writes.
 */
function readProfile(doc: ParentNode, url: URL, lang: string): CapturedProfile | undefined {
  const handle = handleFromProfileUrl(url.pathname);
  if (!handle) return undefined;
  for (const el of Array.from(doc.querySelectorAll(PROFILE_COUNTS.followers))) {
    if (el.closest(PROFILE_COUNTS.ownerText)) continue;
    const m = PROFILE_COUNTS.followersText.exec(el.textContent ?? '');
    const parsed = m ? leadingCount(m[1]!.trim(), lang) : undefined;
    if (parsed) return { platform: 'linkedin', handle, followers: parsed.value, ...(parsed.exact ? {} : { approximate: ['followers'] }) };
  }
  return undefined;
}
