import twitterText from 'twitter-text';
import { findHashtags, findMentions, findUrls } from './entities';
import type { ComposeTarget } from './targets';

export interface MeasureOptions {
  /** X Premium: long posts up to 25,000 weighted characters. */
  xPremium?: boolean;
  /** The Mastodon instance's own limit, when known (GET /api/v2/instance). */
  mastodonLimit?: number;
}

/** The counting options in force: the X Premium setting, and the connected Mastodon instance's limit. */
export const measureOptions = (xPremium: boolean, mastodonLimit?: number): MeasureOptions => ({
  xPremium,
  ...(mastodonLimit ? { mastodonLimit } : {}),
});

export type MeasureWarning = 'tooManyHashtags' | 'linksNotClickable';

export interface Measure {
  used: number;
  limit: number;
  /** YouTube: the first line is the title, with its own limit. */
  title?: { used: number; limit: number };
  /** Instagram: hashtags counted against its cap of 30. */
  hashtags?: { used: number; limit: number };
  warnings?: MeasureWarning[];
}

export const LIMITS: Record<ComposeTarget, number> = {
  x: 280,
  bluesky: 300,
  threads: 500,
  mastodon: 500,
  linkedin: 3000,
  instagram: 2200,
  facebook: 63_206,
  tiktok: 2200,
  youtube: 5000,
};
export const X_PREMIUM_LIMIT = 25_000;
export const YOUTUBE_TITLE_LIMIT = 100;
export const INSTAGRAM_HASHTAG_LIMIT = 30;
/** Mastodon counts every link as 23 characters, whatever its length. */
export const MASTODON_URL_WEIGHT = 23;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** User-perceived characters (an emoji with modifiers or a flag is one). */
export function graphemes(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** Mastodon: links count 23, and a mention counts only its username (not @instance). */
function mastodonLength(text: string): number {
  let n = graphemes(text);
  for (const u of findUrls(text)) n += MASTODON_URL_WEIGHT - graphemes(u.value);
  for (const m of findMentions(text)) if (m.instance) n -= graphemes(`@${m.instance}`);
  return n;
}

/** Split a YouTube variant into its title (first line) and description (the rest). */
export function youtubeParts(text: string): { title: string; description: string } {
  const nl = text.indexOf('\n');
  return nl < 0 ? { title: text, description: '' } : { title: text.slice(0, nl), description: text.slice(nl + 1).replace(/^\n+/, '') };
}

/**
 * How much of a platform's length limit a text uses, counted the way that platform counts:
 * X by twitter-text's weighted length (URLs 23, CJK and emoji 2), Mastodon with URLs at 23,
 * everything else in graphemes. Pure; table-tested in tests/unit/lib/compose.
 */
export function measure(platform: ComposeTarget, text: string, opts: MeasureOptions = {}): Measure {
  switch (platform) {
    case 'x':
      return { used: twitterText.parseTweet(text).weightedLength, limit: opts.xPremium ? X_PREMIUM_LIMIT : LIMITS.x };
    case 'mastodon':
      return { used: mastodonLength(text), limit: opts.mastodonLimit ?? LIMITS.mastodon };
    case 'youtube': {
      const { title, description } = youtubeParts(text);
      return { used: graphemes(description), limit: LIMITS.youtube, title: { used: graphemes(title), limit: YOUTUBE_TITLE_LIMIT } };
    }
    case 'instagram': {
      const tags = findHashtags(text).length;
      const warnings: MeasureWarning[] = [];
      if (tags > INSTAGRAM_HASHTAG_LIMIT) warnings.push('tooManyHashtags');
      if (findUrls(text).length) warnings.push('linksNotClickable');
      return {
        used: graphemes(text),
        limit: LIMITS.instagram,
        hashtags: { used: tags, limit: INSTAGRAM_HASHTAG_LIMIT },
        ...(warnings.length ? { warnings } : {}),
      };
    }
    default:
      return { used: graphemes(text), limit: LIMITS[platform] };
  }
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
  if (platform === 'youtube') {
    const { title } = youtubeParts(text);
    if (graphemes(title) > YOUTUBE_TITLE_LIMIT) return prefixFitting(title, (s) => graphemes(s) <= YOUTUBE_TITLE_LIMIT);
    const start = text.length - youtubeParts(text).description.length;
    const rest = text.slice(start);
    return graphemes(rest) > LIMITS.youtube ? start + prefixFitting(rest, (s) => graphemes(s) <= LIMITS.youtube) : undefined;
  }
  const m = measure(platform, text, opts);
  if (m.used <= m.limit) return undefined;
  return prefixFitting(text, (s) => measure(platform, s, opts).used <= m.limit);
}

function prefixFitting(text: string, fits: (prefix: string) => boolean): number {
  const cuts = [0, ...[...segmenter.segment(text)].map((s) => s.index + s.segment.length)];
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(text.slice(0, cuts[mid]))) lo = mid;
    else hi = mid - 1;
  }
  return cuts[lo]!;
}
