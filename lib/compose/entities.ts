/** A span of text (UTF-16 indices, end exclusive). */
export interface Span {
  start: number;
  end: number;
  value: string;
}

const TRAILING = /[.,;:!?'"\u2019\u201d]+$/;

/** http(s) links, with sentence punctuation (and an unbalanced closing bracket) left outside. */
export function findUrls(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s<>"'`]+/giu)) {
    let value = m[0].replace(TRAILING, '');
    while (/[)\]]$/.test(value) && count(value, value.endsWith(')') ? '(' : '[') < count(value, value.endsWith(')') ? ')' : ']'))
      value = value.slice(0, -1).replace(TRAILING, '');
    if (value.length > 'https://'.length) out.push({ start: m.index, end: m.index + value.length, value });
  }
  return out;
}
const count = (s: string, ch: string) => s.split(ch).length - 1;

/** #hashtags: letters, digits and underscores with at least one non-digit, as the platforms link them. */
export function findHashtags(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(^|[^\p{L}\p{N}_&/#])([#＃])([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*)/gu)) {
    const start = m.index + m[1]!.length;
    const tag = m[3]!.slice(0, 64);
    out.push({ start, end: start + 1 + tag.length, value: tag });
  }
  return out;
}

/**
 * @mentions. `domain` mentions are handles with a dot (Bluesky: @alice.bsky.social); `account`
 * mentions may carry an instance (Mastodon: @alice@example.social).
 */
export function findMentions(text: string): (Span & { handle: string; instance?: string })[] {
  const out: (Span & { handle: string; instance?: string })[] = [];
  for (const m of text.matchAll(
    /(^|[^\p{L}\p{N}_@/.])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)(?:@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))?/gu,
  )) {
    const start = m.index + m[1]!.length;
    const value = m[0].slice(m[1]!.length);
    out.push({ start, end: start + value.length, value, handle: m[2]!, ...(m[3] ? { instance: m[3] } : {}) });
  }
  return out;
}

/** Whether [start, end) falls inside (or straddles) a link, mention or hashtag. */
export function entitySpans(text: string): Span[] {
  return [...findUrls(text), ...findMentions(text), ...findHashtags(text)].sort((a, b) => a.start - b.start);
}
