import Dexie from 'dexie';
import type { PantauDB } from '../db/db';
import { accountKey, postKey, snapshotRange } from '../db/keys';
import type { PostRow, PostSnapshotRow, ProfileSnapshotRow } from '../db/schema';
import { engagementOf, type EngagementCounters } from '../metrics/engagement';
import { followerSeries, type FollowersAt } from '../metrics/followers';
import { pushTo } from '../metrics/stats';
import { usualOf, USUAL_AGE_MS, USUAL_WINDOW_MS, type Usual, type UsualPost } from '../metrics/usual';
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
    ...(latest !== undefined ? { latest: { ageMs: Math.max(0, post.lastSeenAt - createdAt), engagement: latest } } : {}),
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
export async function snapshotsForUsual(db: PantauDB, posts: readonly PostRow[]): Promise<PostSnapshotRow[]> {
  const young = new Set<string>();
  for (const p of posts) if (!p.repostOf && needsHistory(p)) young.add(accountKey(p.platform, p.authorKey));
  if (!young.size) return [];
  // A peer has a value under 24 h of age only if it was first seen before then.
  const wanted = posts.filter(
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

/** "× its usual" for one stored post, read from the database (the badge, the alert, the post detail). */
export async function usualOfStored(db: PantauDB, post: PostRow, counters?: EngagementCounters): Promise<Usual | undefined> {
  const created = Date.parse(post.createdAt);
  if (!Number.isFinite(created) || post.repostOf) return undefined;
  const w = usualWindow(created, created);
  const posts = await accountPostsIn(db, post.platform, post.authorKey, w.from, w.to);
  if (!posts.some((p) => p.postId === post.postId)) posts.push(post);
  const profiles = await db.profileSnapshots
    .where('[platform+handle+capturedAt]')
    .between([post.platform, post.authorKey, Dexie.minKey], [post.platform, post.authorKey, Dexie.maxKey])
    .toArray();
  const snapshots = await snapshotsForUsual(db, posts);
  const account = usualPostsByAccount(posts, snapshots, profiles, counters).get(accountKey(post.platform, post.authorKey)) ?? [];
  const me = account.find((p) => p.id === post.postId);
  return me ? usualOf(me, account) : undefined;
}
