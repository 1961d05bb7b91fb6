import Dexie from 'dexie';
import { snapshotsForUsual } from '../../insights/usual-rows';
import type { PlatformId } from '../../platforms/types';
import type { PantauDB } from '../db';
import { followerTrend, type AccountOverview } from '../../posts/accounts';
import type { AccountRow, PostRow, PostSnapshotRow, ProfileSnapshotRow } from '../schema';

/** The coarse part of the Posts tab's filter, which an index can answer. */
export interface ListRange {
  platform?: PlatformId;
  author?: string;
  from?: number;
  to?: number;
}

/**
 * The posts the list narrows in memory, read by the most selective index the filter allows: one
 * author ([platform+authorKey]), else a date range (createdAt), else one platform (the primary key's
 * platform prefix), else every post. Only post rows: never their snapshot history.
 */
export function listRows(db: PantauDB, r: ListRange): Promise<PostRow[]> {
  if (r.platform && r.author) return db.posts.where('[platform+authorKey]').equals([r.platform, r.author]).toArray();
  if (r.from !== undefined || r.to !== undefined) {
    const from = r.from !== undefined ? new Date(r.from).toISOString() : Dexie.minKey;
    const to = r.to !== undefined ? new Date(r.to).toISOString() : Dexie.maxKey;
    const range = db.posts.where('createdAt').between(from, to, true, false);
    return r.platform ? range.filter((p) => p.platform === r.platform).toArray() : range.toArray();
  }
  if (r.platform) return db.posts.where('[platform+postId]').between([r.platform, Dexie.minKey], [r.platform, Dexie.maxKey]).toArray();
  return db.posts.toArray();
}

/** A stored author: platform, lower-cased handle, the handle as written, and how many posts are stored. */
export interface StoredAuthor {
  platform: PlatformId;
  authorKey: string;
  handle: string;
  posts: number;
}

/**
 * Every author with a stored post, from the [platform+authorKey] index alone (two key-only walks),
 * plus one row per author for the handle as written: the picker's list is never a recent window.
 */
export async function storedAuthors(db: PantauDB): Promise<StoredAuthor[]> {
  const index = db.posts.orderBy('[platform+authorKey]');
  const [keys, primaries] = await Promise.all([index.keys(), index.primaryKeys()]);
  const counts = new Map<string, { platform: PlatformId; authorKey: string; posts: number; first: [string, string] }>();
  keys.forEach((k, i) => {
    const [platform, authorKey] = k as unknown as [PlatformId, string];
    const id = `${platform}\u0000${authorKey}`;
    const entry = counts.get(id);
    if (entry) entry.posts++;
    else counts.set(id, { platform, authorKey, posts: 1, first: primaries[i] as [string, string] });
  });
  const entries = [...counts.values()];
  const rows = await db.posts.bulkGet(entries.map((e) => e.first));
  return entries.map((e, i) => ({
    platform: e.platform,
    authorKey: e.authorKey,
    posts: e.posts,
    handle: rows[i]?.authorHandle ?? e.authorKey,
  }));
}

/** How many posts of an author are stored (what Ignore would remove). */
export const countAuthorPosts = (db: PantauDB, platform: PlatformId, handle: string): Promise<number> =>
  db.posts.where('[platform+authorKey]').equals([platform, handle.toLowerCase()]).count();

/** Every follower sample (what ER by followers at post time needs; no post history). */
export const allProfileSamples = (db: PantauDB): Promise<ProfileSnapshotRow[]> => db.profileSnapshots.toArray();

/** One account's follower samples, oldest first. */
export const profileSamplesOf = (db: PantauDB, platform: PlatformId, handle: string): Promise<ProfileSnapshotRow[]> =>
  db.profileSnapshots
    .where('[platform+handle+capturedAt]')
    .between([platform, handle, Dexie.minKey], [platform, handle, Dexie.maxKey])
    .toArray();

/**
 * What "× its usual" needs for one account: all its posts (the peers), its follower samples, and
 * only the snapshots the rule reads (for peers of its young posts).
 */
export async function usualInputsOf(
  db: PantauDB,
  platform: PlatformId,
  authorKey: string,
): Promise<{ posts: PostRow[]; profiles: ProfileSnapshotRow[]; snapshots: PostSnapshotRow[] }> {
  const [posts, profiles] = await Promise.all([
    db.posts.where('[platform+authorKey]').equals([platform, authorKey]).toArray(),
    profileSamplesOf(db, platform, authorKey),
  ]);
  return { posts, profiles, snapshots: await snapshotsForUsual(db, posts) };
}

/** Posts stored and the latest sighting of one author, from its [platform+authorKey] range. */
export async function authorActivity(db: PantauDB, platform: PlatformId, handle: string): Promise<{ posts: number; lastSeen?: number }> {
  let posts = 0;
  let lastSeen: number | undefined;
  await db.posts
    .where('[platform+authorKey]')
    .equals([platform, handle])
    .each((p) => {
      posts++;
      if (lastSeen === undefined || p.lastSeenAt > lastSeen) lastSeen = p.lastSeenAt;
    });
  return { posts, ...(lastSeen !== undefined ? { lastSeen } : {}) };
}

/** The Accounts view's rows: each account's posts stored, follower trend over 30 days, and last sighting. */
export async function accountsOverview(db: PantauDB, accounts: readonly AccountRow[], now: number): Promise<AccountOverview[]> {
  return Promise.all(
    accounts.map(async (account) => {
      const [activity, samples] = await Promise.all([
        authorActivity(db, account.platform, account.handle),
        profileSamplesOf(db, account.platform, account.handle),
      ]);
      const trend = followerTrend(samples, now);
      const lastProfile = samples.at(-1)?.capturedAt;
      const lastSeen = Math.max(activity.lastSeen ?? -Infinity, lastProfile ?? -Infinity);
      return {
        account,
        posts: activity.posts,
        ...(trend ? { trend } : {}),
        ...(Number.isFinite(lastSeen) ? { lastSeen } : {}),
      };
    }),
  );
}
