import type { MediaType } from '../platforms/types';
import { median, pushTo } from './stats';

export interface ContentPost {
  hashtags: readonly string[];
  mediaType?: MediaType;
  text: string;
  er?: number;
}

export interface HashtagStat {
  tag: string;
  posts: number;
  /** Median ER of the posts using it; only with at least 3 posts. */
  medianEr?: number;
}

/** Hashtag frequency (case-insensitive), with median ER where there are 3+ posts. */
export function hashtagStats(posts: readonly ContentPost[], minPosts = 3): HashtagStat[] {
  const byTag = new Map<string, { tag: string; ers: number[]; posts: number }>();
  for (const p of posts) {
    for (const raw of new Set(p.hashtags.map((h) => h.toLowerCase()))) {
      const e = byTag.get(raw) ?? { tag: p.hashtags.find((h) => h.toLowerCase() === raw)!, ers: [], posts: 0 };
      e.posts++;
      if (p.er !== undefined) e.ers.push(p.er);
      byTag.set(raw, e);
    }
  }
  return [...byTag.values()]
    .map((e) => ({ tag: e.tag, posts: e.posts, ...(e.ers.length >= minPosts ? { medianEr: median(e.ers) } : {}) }))
    .sort((a, b) => b.posts - a.posts || a.tag.localeCompare(b.tag));
}

export interface MixRow {
  key: string;
  posts: number;
  medianEr?: number;
}

function mix(posts: readonly ContentPost[], keyOf: (p: ContentPost) => string): MixRow[] {
  const groups = new Map<string, ContentPost[]>();
  for (const p of posts) pushTo(groups, keyOf(p), p);
  return [...groups.entries()]
    .map(([key, ps]) => {
      const m = median(ps.map((p) => p.er).filter((x): x is number => x !== undefined));
      return { key, posts: ps.length, ...(m !== undefined ? { medianEr: m } : {}) };
    })
    .sort((a, b) => b.posts - a.posts);
}

/** Content mix by media type. */
export const mediaMix = (posts: readonly ContentPost[]) => mix(posts, (p) => p.mediaType ?? 'text');

/** Text length buckets, in graphemes-ish characters: short < 80, medium < 280, long. */
export const lengthMix = (posts: readonly ContentPost[]) =>
  mix(posts, (p) => ([...p.text].length < 80 ? 'short' : [...p.text].length < 280 ? 'medium' : 'long'));
