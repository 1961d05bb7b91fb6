import Dexie from 'dexie';
import type { PantauDB } from '../db/db';
import { accountKey, postKey, snapshotRange } from '../db/keys';
import type { PostRow, PostSnapshotRow, ProfileSnapshotRow } from '../db/schema';
import { engagementOf, type EngagementCounters } from '../metrics/engagement';
import { followerSeries, type FollowersAt } from '../metrics/followers';
import { pushTo } from '../metrics/stats';
import { comparedAge, engagementAt, ownEr, usualOf, USUAL_AGE_MS, USUAL_WINDOW_MS, type Usual, type UsualPost } from '../metrics/usual';
import type { PlatformId } from '../platforms/types';

/** A stored post as the "× its usual" rule reads it. */
export function usualPostOf(
  post: PostRow,
  followersAt: ((at: number) => FollowersAt | undefined) | undefined,
  snapshots: readonly PostSnapshotRow[],
  counters?: EngagementCounters,
): UsualPost | undefined {
  const createdAt = Date.parse(post.createdAt);
  if (post.repostOf || !Number.isFinite(createdAt)) return undefined;
  const samples = snapshots.flatMap((s) => {
    const e = engagementOf(post.platform, s.metrics, counters);
    return e === undefined ? [] : [{ ageMs: s.capturedAt - createdAt, engagement: e }];
  });
  const latest = engagementOf(post.platform, post.metrics, counters);
  const rolled = post.metrics24h ? engagementOf(post.platform, post.metrics24h, counters) : undefined;
  const followers = followersAt?.(createdAt)?.followers;
  return {
    id: post.postId,
    createdAt,
    ...(followers ? { followers } : {}),
    samples,
    ...(rolled !== undefined ? { engagement24h: rolled } : {}),
    // The latest counters are as of the last sighting (never before the newest sample).
    ...(latest !== undefined
      ? {
          latest: {
            ageMs: Math.max(0, post.lastSeenAt - createdAt, (post.lastSnapshotAt ?? 0) - createdAt, ...samples.map((s) => s.ageMs)),
            engagement: latest,
          },
        }
      : {}),
  };
}

/** Whether any of a young post's peers may need its snapshots read (see `historyCovers`). */
export function needsHistory(post: PostRow): boolean {
  const created = Date.parse(post.createdAt);
  return Number.isFinite(created) && post.lastSeenAt - created < USUAL_AGE_MS;
}

/**
 * The snapshots the rule needs for a set of posts: only for peers that can hold a value at the age
 * of one of the young posts (first seen by then). Most posts are seen once, after their first day,
 * and need none: the 24 h rollup on the row is enough.
 */
export async function snapshotsForUsual(
  db: PantauDB,
  posts: readonly PostRow[],
  /** Read only these posts' histories (default: all of `posts`). */
  among: readonly PostRow[] = posts,
): Promise<PostSnapshotRow[]> {
  const young = new Set<string>();
  for (const p of posts) if (!p.repostOf && needsHistory(p)) young.add(accountKey(p.platform, p.authorKey));
  if (!young.size) return [];
  // A peer has a value under 24 h of age only if it was first seen before then.
  const wanted = among.filter(
    (p) => !p.repostOf && young.has(accountKey(p.platform, p.authorKey)) && p.firstSeenAt - Date.parse(p.createdAt) < USUAL_AGE_MS,
  );
  return (await Promise.all(wanted.map((p) => snapshotRange(db, p.platform, p.postId).toArray()))).flat();
}

/** Posts grouped by account with their rule inputs, built once. */
export function usualPostsByAccount(
  posts: readonly PostRow[],
  snapshots: readonly PostSnapshotRow[],
  profiles: readonly ProfileSnapshotRow[],
  counters?: EngagementCounters,
): Map<string, UsualPost[]> {
  const snaps = new Map<string, PostSnapshotRow[]>();
  for (const s of snapshots) pushTo(snaps, postKey(s), s);
  const byProfile = new Map<string, ProfileSnapshotRow[]>();
  for (const p of profiles) pushTo(byProfile, accountKey(p.platform, p.handle), p);
  const followers = new Map([...byProfile.entries()].map(([k, rows]) => [k, followerSeries(rows)]));
  const out = new Map<string, UsualPost[]>();
  const seen = new Set<string>();
  for (const p of posts) {
    const k = accountKey(p.platform, p.authorKey);
    if (seen.has(postKey(p))) continue;
    seen.add(postKey(p));
    const u = usualPostOf(p, followers.get(k), snaps.get(postKey(p)) ?? [], counters);
    if (u) pushTo(out, k, u);
  }
  return out;
}

/** The window of an account's posts the rule compares a set of posts with. */
export function usualWindow(from: number, to: number): { from: number; to: number } {
  return { from: from - USUAL_WINDOW_MS, to: to + USUAL_WINDOW_MS };
}

/** One account's posts in a window (the peers), by the [platform+authorKey] index. */
export async function accountPostsIn(db: PantauDB, platform: PlatformId, authorKey: string, from: number, to: number): Promise<PostRow[]> {
  const fromIso = new Date(from).toISOString();
  const toIso = new Date(to).toISOString();
  return (await db.posts.where('[platform+authorKey]').equals([platform, authorKey]).toArray()).filter(
    (p) => p.createdAt >= fromIso && p.createdAt <= toIso,
  );
}

export interface StoredUsual {
  /** Engagement and followers at the compared age, and their ER. */
  engagement?: number;
  followers?: number;
  er?: number;
  usual?: Usual;
}

/**
 * "× its usual" for stored posts, read from the database (the badge, the alert, the post detail):
 * per account, one read of its posts in the window, its follower samples and the history young
 * posts need. Keyed by `postKey`.
 */
export async function usualOfStored(
  db: PantauDB,
  posts: readonly PostRow[],
  counters?: EngagementCounters,
): Promise<Map<string, StoredUsual>> {
  const out = new Map<string, StoredUsual>();
  const groups = new Map<string, PostRow[]>();
  for (const p of posts)
    if (!p.repostOf && Number.isFinite(Date.parse(p.createdAt))) pushTo(groups, accountKey(p.platform, p.authorKey), p);
  for (const [key, mine] of groups) {
    const { platform, authorKey } = mine[0]!;
    const times = mine.map((p) => Date.parse(p.createdAt));
    const w = usualWindow(Math.min(...times), Math.max(...times));
    const rows = await accountPostsIn(db, platform, authorKey, w.from, w.to);
    const have = new Set(rows.map(postKey));
    for (const p of mine) if (!have.has(postKey(p))) rows.push(p);
    const profiles = await db.profileSnapshots
      .where('[platform+handle+capturedAt]')
      .between([platform, authorKey, Dexie.minKey], [platform, authorKey, Dexie.maxKey])
      .toArray();
    const snapshots = await snapshotsForUsual(db, rows);
    const account = usualPostsByAccount(rows, snapshots, profiles, counters).get(key) ?? [];
    const byId = new Map(account.map((u) => [u.id, u]));
    for (const p of mine) {
      const u = byId.get(p.postId);
      if (!u) continue;
      const age = comparedAge(u);
      const engagement = age === undefined ? undefined : engagementAt(u, age);
      const er = ownEr(u);
      const usual = usualOf(u, account);
      out.set(postKey(p), {
        ...(engagement !== undefined ? { engagement } : {}),
        ...(u.followers ? { followers: u.followers } : {}),
        ...(er !== undefined ? { er } : {}),
        ...(usual ? { usual } : {}),
      });
    }
  }
  return out;
}
