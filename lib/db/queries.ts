import Dexie from 'dexie';
import { engagementOf } from '../metrics/engagement';
import type { PlatformId } from '../platforms/types';
import type { PantauDB } from './db';
import type { PostRow } from './schema';
import { snapshotRange } from './keys';

/** Newest posts first, optionally of one platform, and of one author (lower-cased handle) there. */
export async function recentPosts(
  db: PantauDB,
  platform: PlatformId | undefined,
  authorKey: string | undefined,
  limit: number,
): Promise<PostRow[]> {
  if (!platform) return db.posts.orderBy('createdAt').reverse().limit(limit).toArray();
  if (!authorKey)
    return db.posts
      .orderBy('createdAt')
      .reverse()
      .filter((p) => p.platform === platform)
      .limit(limit)
      .toArray();
  const rows = await db.posts.where('[platform+authorKey]').equals([platform, authorKey]).toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
}

export interface EngagementPoint {
  x: number;
  y: number;
  label: string;
}

/**
 * One point per original post of an author: engagement at the post's latest snapshot, placed at
 * its creation time. Built from postSnapshots (the history), not from the posts table.
 */
export async function engagementPoints(db: PantauDB, platform: PlatformId, authorKey: string, maxPosts = 200): Promise<EngagementPoint[]> {
  const posts = (await db.posts.where('[platform+authorKey]').equals([platform, authorKey]).toArray())
    .filter((p) => !p.repostOf && p.createdAt)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, maxPosts);
  const latest = await Promise.all(posts.map((p) => snapshotRange(db, platform, p.postId).last()));
  const points: EngagementPoint[] = [];
  posts.forEach((p, i) => {
    const snap = latest[i];
    const y = snap ? engagementOf(platform, snap.metrics) : undefined;
    if (y === undefined) return;
    points.push({ x: Date.parse(p.createdAt), y, label: p.text.length > 60 ? `${p.text.slice(0, 59)}…` : p.text });
  });
  return points.sort((a, b) => a.x - b.x);
}

/** One stored post by its key. */
export const getPost = (db: PantauDB, platform: PlatformId, postId: string): Promise<PostRow | undefined> =>
  db.posts.get([platform, postId]);

/**
 * The authors of the 500 posts seen last, optionally on one platform, as [authorKey, handle] pairs,
 * most recently seen first: the author picker offers who is on screen lately, not everyone stored.
 */
export async function recentAuthors(db: PantauDB, platform: PlatformId | undefined): Promise<Array<[string, string]>> {
  const recent = await db.posts.orderBy('lastSeenAt').reverse().limit(500).toArray();
  return [...new Map(recent.filter((p) => !platform || p.platform === platform).map((p) => [p.authorKey, p.authorHandle])).entries()];
}

/** The stored originals of the reposts among `posts`, keyed `platform:postId`. */
export async function originalsOf(db: PantauDB, posts: readonly PostRow[]): Promise<Map<string, PostRow>> {
  const keys = posts.flatMap((p) => (p.repostOf ? [[p.platform, p.repostOf] as [string, string]] : []));
  const rows = await db.posts.bulkGet(keys);
  return new Map(rows.flatMap((r) => (r ? [[`${r.platform}:${r.postId}`, r] as const] : [])));
}

/** Posts seen at or after an instant (an indexed count). */
export const countPostsSeenSince = (db: PantauDB, since: number): Promise<number> =>
  db.posts.where('lastSeenAt').aboveOrEqual(since).count();

/** Every stored post. Walks the whole store (~100 ms per 100k posts in Chromium). */
export const countPosts = (db: PantauDB): Promise<number> => db.posts.count();

/** Posts stored on one platform (an index range on the primary key). */
export const countPostsOn = (db: PantauDB, platform: PlatformId): Promise<number> =>
  db.posts.where('[platform+postId]').between([platform, Dexie.minKey], [platform, Dexie.maxKey]).count();
