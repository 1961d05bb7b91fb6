import { accountsWithRole } from '../db/accounts';
import type { PantauDB } from '../db/db';
import { accountKey, postKey } from '../db/keys';
import type { PostRow } from '../db/schema';
import { engagementOf, type EngagementCounters } from '../metrics/engagement';
import { isBreakout } from '../metrics/usual';
import { usualOfStored } from './usual-rows';

/** The popup's day: competitors' posts from the last 24 hours. */
export const TODAY_MS = 24 * 3_600_000;
/** Breakouts the popup lists at most (the Insights tab has them all). */
export const TODAY_BREAKOUTS = 3;

export interface TodayDigest {
  /** Watched competitor accounts: 0 means there is nothing to show, and why. */
  competitors: number;
  /** Their posts (not reposts) created in the last 24 hours. */
  posts: number;
  /** Those that break out against their account's usual, by the one rule, largest first. */
  breakouts: Array<{ post: PostRow; ratio: number }>;
  /** The one with the most engagement (its latest counters). */
  top?: { post: PostRow; engagement: number };
}

/** What competitors did in the last 24 hours: their top post and their breakouts. */
export async function todayDigest(db: PantauDB, now: number, counters?: EngagementCounters): Promise<TodayDigest> {
  const competitors = new Set((await accountsWithRole(db, 'competitor')).map((a) => accountKey(a.platform, a.handle)));
  if (!competitors.size) return { competitors: 0, posts: 0, breakouts: [] };
  const since = new Date(now - TODAY_MS).toISOString();
  const until = new Date(now + 60_000).toISOString(); // a clock a minute ahead on the platform's side
  const posts = (await db.posts.where('createdAt').between(since, until, true, true).toArray()).filter(
    (p) => !p.repostOf && competitors.has(accountKey(p.platform, p.authorKey)),
  );
  let top: TodayDigest['top'];
  for (const post of posts) {
    const engagement = engagementOf(post.platform, post.metrics, counters);
    if (engagement !== undefined && (!top || engagement > top.engagement)) top = { post, engagement };
  }
  const usual = posts.length ? await usualOfStored(db, posts, counters) : new Map();
  const breakouts = posts
    .flatMap((post) => {
      const u = usual.get(postKey(post))?.usual;
      return u && isBreakout(u) ? [{ post, ratio: u.ratio }] : [];
    })
    .sort((a, b) => b.ratio - a.ratio)
    .slice(0, TODAY_BREAKOUTS);
  return { competitors: competitors.size, posts: posts.length, breakouts, ...(top ? { top } : {}) };
}
