import twitterText from 'twitter-text';
import { findHashtags, findMentions, findUrls } from './entities';
import type { CountingRule } from '../platforms/definition';
import { COUNTING, type ComposeTarget } from '../platforms/registry';

export interface MeasureOptions {
  /** Long posts switched on where a platform offers them (X Premium: 25,000 weighted characters). */
  longPosts?: boolean;
  /** The connected server's own limit, per target whose servers may set one (a Mastodon instance's, from GET /api/v2/instance). */
  instanceLimits?: Partial<Record<ComposeTarget, number>>;
}

/** The counting options in force: the long-posts setting, and the connected servers' limits. */
export const measureOptions = (
  longPosts: boolean,
  connections: Partial<Record<ComposeTarget, { limit?: number } | undefined>> = {},
): MeasureOptions => {
  const instanceLimits = Object.fromEntries(Object.entries(connections).flatMap(([t, c]) => (c?.limit ? [[t, c.limit]] : [])));
  return { longPosts, ...(Object.keys(instanceLimits).length ? { instanceLimits } : {}) };
};

export type MeasureWarning = 'tooManyHashtags' | 'linksNotClickable';

export interface Measure {
  used: number;
  limit: number;
  /** A platform whose first line is a title: the title, with its own limit. */
  title?: { used: number; limit: number };
  /** A platform with a hashtag cap: hashtags counted against it. */
  hashtags?: { used: number; limit: number };
  warnings?: MeasureWarning[];
}

/** Each target's main length limit (derived from the platform definitions). */
export const LIMITS: Record<ComposeTarget, number> = Object.fromEntries(
  Object.entries(COUNTING).map(([id, rule]) => [id, rule.limit]),
) as Record<ComposeTarget, number>;

/** The "see more" folds: about how many characters a feed shows before truncating. */
export const FOLDS: Partial<Record<ComposeTarget, number>> = Object.fromEntries(
  Object.entries(COUNTING).flatMap(([id, rule]) => (rule.fold ? [[id, rule.fold]] : [])),
);

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
// Code units above 0x7F (ASCII is one character per code unit). A character class of ' '-'~' plus
// tab and newlines would miss the other control characters, which Intl.Segmenter counts one each too.
const NON_ASCII = /[\u0080-\uffff]+/g;

/**
 * Where each user-perceived character ends (UTF-16 indices), the text's length last. Intl.Segmenter
 * is exact but costs microseconds per character, so only the non-ASCII stretches (with the character
 * before each, which a combining mark may join) go through it: ASCII is one character per code
 * unit, "\r\n" aside. Exact, and linear in practice on a 50,000-character draft.
 */
export function graphemeEnds(text: string): number[] {
  const ends: number[] = [];
  const ascii = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (!(text[i] === '\r' && text[i + 1] === '\n' && i + 1 < to)) ends.push(i + 1);
  };
  let pos = 0;
  for (const m of text.matchAll(NON_ASCII)) {
    let start = m.index > pos ? m.index - 1 : m.index;
    if (start > pos && text[start] === '\n' && text[start - 1] === '\r') start--; // "\r\n" stays one
    ascii(pos, start);
    for (const g of segmenter.segment(text.slice(start, m.index + m[0].length))) ends.push(start + g.index + g.segment.length);
    pos = m.index + m[0].length;
  }
  ascii(pos, text.length);
  return ends;
}

/** User-perceived characters (an emoji with modifiers or a flag is one). */
export function graphemes(text: string): number {
  if (!/[\u0080-\uffff]/.test(text)) return text.length - (text.match(/\r\n/g)?.length ?? 0);
  return graphemeEnds(text).length;
}

/** Length under a rule's unit, with its link weight and mention rule. */
function lengthUnder(rule: CountingRule, text: string): number {
  if (rule.unit === 'weighted') return twitterText.parseTweet(text).weightedLength;
  let n = graphemes(text);
  if (rule.linkWeight !== undefined) for (const u of findUrls(text)) n += rule.linkWeight - graphemes(u.value);
  if (rule.mentionsWithoutInstance) for (const m of findMentions(text)) if (m.instance) n -= graphemes(`@${m.instance}`);
  return n;
}

/** Split a text into its title (first line) and the rest, for a platform whose first line is a title. */
export function titleParts(text: string): { title: string; description: string } {
  const nl = text.indexOf('\n');
  return nl < 0 ? { title: text, description: '' } : { title: text.slice(0, nl), description: text.slice(nl + 1).replace(/^\n+/, '') };
}

const limitOf = (platform: ComposeTarget, rule: CountingRule, opts: MeasureOptions) =>
  (rule.instanceLimit && opts.instanceLimits?.[platform]) || (opts.longPosts && rule.longLimit) || rule.limit;

/**
 * How much of a platform's length limit a text uses, counted the way that platform counts (its
 * definition's counting rule): twitter-text's weighted length (URLs 23, CJK and emoji 2), or
 * graphemes with links at a fixed weight, a title line with its own limit, a hashtag cap.
 * Pure; table-tested in tests/unit/lib/compose.
 */
export function measure(platform: ComposeTarget, text: string, opts: MeasureOptions = {}): Measure {
  const rule = COUNTING[platform];
  const limit = limitOf(platform, rule, opts);
  if (rule.titleLimit !== undefined) {
    const { title, description } = titleParts(text);
    return { used: lengthUnder(rule, description), limit, title: { used: lengthUnder(rule, title), limit: rule.titleLimit } };
  }
  const out: Measure = { used: lengthUnder(rule, text), limit };
  const warnings: MeasureWarning[] = [];
  if (rule.hashtagLimit !== undefined) {
    const tags = findHashtags(text).length;
    out.hashtags = { used: tags, limit: rule.hashtagLimit };
    if (tags > rule.hashtagLimit) warnings.push('tooManyHashtags');
  }
  if (rule.linksNotClickable && findUrls(text).length) warnings.push('linksNotClickable');
  return warnings.length ? { ...out, warnings } : out;
}

/** Whether a measured text breaks any of its platform's hard limits. */
export function isOver(m: Measure): boolean {
  return (
    m.used > m.limit ||
    (m.title !== undefined && m.title.used > m.title.limit) ||
    (m.hashtags !== undefined && m.hashtags.used > m.hashtags.limit)
  );
}

/**
 * Where the text crosses the limit (a UTF-16 index), for highlighting the overflow; undefined
 * when it fits. Found by the longest prefix that fits.
 */
export function overflowIndex(platform: ComposeTarget, text: string, opts: MeasureOptions = {}): number | undefined {
  const rule = COUNTING[platform];
  if (rule.titleLimit !== undefined) {
    const titleLimit = rule.titleLimit;
    const { title, description } = titleParts(text);
    if (lengthUnder(rule, title) > titleLimit) return prefixFitting(title, (s) => lengthUnder(rule, s) <= titleLimit);
    const start = text.length - description.length;
    const limit = limitOf(platform, rule, opts);
    return lengthUnder(rule, description) > limit ? start + prefixFitting(description, (s) => lengthUnder(rule, s) <= limit) : undefined;
  }
  const m = measure(platform, text, opts);
  if (m.used <= m.limit) return undefined;
  return prefixFitting(text, (s) => measure(platform, s, opts).used <= m.limit);
}

function prefixFitting(text: string, fits: (prefix: string) => boolean): number {
  const cuts = [0, ...graphemeEnds(text)];
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(text.slice(0, cuts[mid]))) lo = mid;
    else hi = mid - 1;
  }
  return cuts[lo]!;
}
