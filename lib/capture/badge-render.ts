import type { BadgeData } from '../messaging/protocol';

const TAG = 'pantau-badge';
/** Each badge's text node holder, kept here: the shadow root is closed, so the page cannot read it (nor can we, through the host). */
const spans = new WeakMap<HTMLElement, HTMLSpanElement>();

/** The text of a badge ("ER 1.2% · 2.1×") and its hover detail, in the page's language. */
export function badgeText(b: BadgeData, lang: string): { label: string; title: string } {
  let pct: Intl.NumberFormat;
  let num: Intl.NumberFormat;
  try {
    pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 });
    num = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  } catch {
    pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 });
    num = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
  }
  const base = `Pantau: ${num.format(b.engagement)} engagement ÷ ${num.format(b.followers)} followers = ${pct.format(b.er)}`;
  // "× its usual" only where the account has enough posts at the same age (lib/metrics/usual.ts).
  return b.timesUsual !== undefined && b.usualEr !== undefined
    ? {
        label: `ER ${pct.format(b.er)} · ${num.format(b.timesUsual)}×`,
        title: `${base}; ${num.format(b.timesUsual)}× the account's usual ${pct.format(b.usualEr)} at ${b.ageHours ?? 24} h`,
      }
    : { label: `ER ${pct.format(b.er)}`, title: `${base} (too few posts of the account at this age for its usual)` };
}

/**
 * Put a badge on a post element: a custom element with its own closed shadow root (the page's CSS
 * does not reach in, and the page's scripts cannot read the numbers, which would tell it which
 * accounts the user watches), absolutely positioned in the post's corner so nothing in the page
 * moves. Text only, never HTML. Re-badging a post updates it in place. What the page can still do
 * is see that a badge element is there (README, Security).
 */
export function renderBadge(post: HTMLElement, data: BadgeData, lang: string): void {
  const doc = post.ownerDocument;
  let host = post.querySelector<HTMLElement>(`:scope > ${TAG}`);
  if (!host) {
    host = doc.createElement(TAG);
    host.setAttribute('data-post-id', data.postId);
    Object.assign(host.style, { position: 'absolute', top: '6px', right: '44px', zIndex: '1', pointerEvents: 'auto' });
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent =
      ':host{all:initial}span{font:600 11px/16px system-ui,sans-serif;color:#0f6e5f;background:#e3f3ef;border-radius:8px;padding:1px 6px;white-space:nowrap;cursor:default}';
    const span = doc.createElement('span');
    shadow.append(style, span);
    spans.set(host, span);
    // A positioned ancestor for the badge; static → relative moves nothing in the post's own flow.
    if (doc.defaultView?.getComputedStyle(post).position === 'static') post.style.position = 'relative';
    post.append(host);
  }
  const { label, title } = badgeText(data, lang);
  const span = spans.get(host);
  if (!span) return; // a look-alike element the page planted: not ours to fill
  span.textContent = label;
  span.title = title;
}
