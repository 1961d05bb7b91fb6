import { accountKey, postKey } from '../db/keys';
import type { AccountRole, PostRow } from '../db/schema';
import { engagementOf, type EngagementCounters } from '../metrics/engagement';
import type { MediaType, PlatformId } from '../platforms/types';

/**
 * The Posts tab's list: search, filters and sort over stored posts, pure. The database read picks
 * an index for the coarse filters (lib/db/queries/posts-list.ts); this narrows and orders in memory.
 */

/** Whose posts: everyone's, watched accounts' (competitors and own), competitors' or own. */
export const POST_SCOPES = ['all', 'watched', 'competitor', 'own'] as const;
export type PostScope = (typeof POST_SCOPES)[number];
/** Newest or oldest first, most engagement, highest ER by followers, or most "× its usual". */
export const POST_SORTS = ['newest', 'oldest', 'engagement', 'er', 'usual'] as const;
export type PostSort = (typeof POST_SORTS)[number];

export interface PostFilter {
  platform?: PlatformId;
  /** One author (lower-cased handle) on `platform`. */
  author?: string;
  scope: PostScope;
  media?: MediaType;
  /** createdAt in [from, to), ms. */
  from?: number;
  to?: number;
  /** Words, #hashtags and @authors, as typed. */
  search: string;
}

export interface ParsedSearch {
  /** Each must be in the text or the author's handle. */
  words: string[];
  /** Each must begin one of the post's hashtags. */
  hashtags: string[];
  /** One of them must begin the author's handle. */
  authors: string[];
}

/** "#kopi @kita promo" → hashtag "kopi", author "kita", word "promo"; lower-cased, a bare "#" or "@" ignored. */
export function parseSearch(q: string): ParsedSearch {
  const out: ParsedSearch = { words: [], hashtags: [], authors: [] };
  for (const token of q.toLowerCase().split(/\s+/u)) {
    if (!token) continue;
    if (token.startsWith('#')) {
      if (token.length > 1) out.hashtags.push(token.slice(1));
    } else if (token.startsWith('@')) {
      if (token.length > 1) out.authors.push(token.slice(1));
    } else out.words.push(token);
  }
  return out;
}

/** Lower-cased text per row, made once per row (a keystroke then costs a substring test per post). */
const haystacks = new WeakMap<PostRow, { text: string; tags: string[] }>();
function haystack(p: PostRow) {
  let h = haystacks.get(p);
  if (!h) {
    h = { text: p.text.toLowerCase(), tags: p.hashtags.map((t) => t.toLowerCase().replace(/^#/, '')) };
    haystacks.set(p, h);
  }
  return h;
}

/** Whether a post passes the filter. `roles` is keyed by accountKey; ignored authors never pass. */
export function matchesFilter(p: PostRow, f: PostFilter, search: ParsedSearch, roles: ReadonlyMap<string, AccountRole>): boolean {
  if (f.platform && p.platform !== f.platform) return false;
  if (f.author && (p.platform !== f.platform || p.authorKey !== f.author)) return false;
  const role = roles.get(accountKey(p.platform, p.authorKey));
  if (role === 'ignored') return false;
  if (f.scope === 'watched' && role !== 'competitor' && role !== 'own') return false;
  if ((f.scope === 'competitor' || f.scope === 'own') && role !== f.scope) return false;
  if (f.media && p.mediaType !== f.media) return false;
  if (f.from !== undefined || f.to !== undefined) {
    const at = Date.parse(p.createdAt);
    if (!Number.isFinite(at) || (f.from !== undefined && at < f.from) || (f.to !== undefined && at >= f.to)) return false;
  }
  if (search.authors.length && !search.authors.some((a) => p.authorKey.startsWith(a))) return false;
  if (search.hashtags.length || search.words.length) {
    const h = haystack(p);
    for (const tag of search.hashtags) if (!h.tags.some((t) => t.startsWith(tag))) return false;
    for (const w of search.words) if (!h.text.includes(w) && !p.authorKey.includes(w)) return false;
  }
  return true;
}

/** Values a sort ranks by, keyed by postKey (ER and "× its usual" come from lib/posts/rank.ts). */
export type RankValues = ReadonlyMap<string, number>;

/** The value a post is ranked by under a sort, or undefined (it then goes last). */
export function rankValue(p: PostRow, sort: PostSort, values: RankValues | undefined, counters?: EngagementCounters): number | undefined {
  if (sort === 'engagement') return p.repostOf ? undefined : engagementOf(p.platform, p.metrics, counters);
  if (sort === 'er' || sort === 'usual') return values?.get(postKey(p));
  return undefined;
}

/**
 * Filter and order. Date sorts by createdAt; the others by their value, highest first, posts
 * without one after every post with one, and newest first among equals.
 */
export function listPosts(
  rows: readonly PostRow[],
  f: PostFilter,
  sort: PostSort,
  roles: ReadonlyMap<string, AccountRole>,
  values?: RankValues,
  counters?: EngagementCounters,
): PostRow[] {
  const search = parseSearch(f.search);
  const kept = rows.filter((p) => matchesFilter(p, f, search, roles));
  const newest = (a: PostRow, b: PostRow) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);
  if (sort === 'newest') return kept.sort(newest);
  if (sort === 'oldest') return kept.sort((a, b) => newest(b, a));
  const value = new Map(kept.map((p) => [p, rankValue(p, sort, values, counters)]));
  return kept.sort((a, b) => {
    const va = value.get(a);
    const vb = value.get(b);
    if (va === undefined || vb === undefined) return va === vb ? newest(a, b) : va === undefined ? 1 : -1;
    return vb - va || newest(a, b);
  });
}
