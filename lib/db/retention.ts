import Dexie from 'dexie';
import type { PlatformId } from '../platforms/types';
import type { PantauDB } from './db';
import { accountKey, snapshotRange } from './keys';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Lower-cased handles on the watchlist (competitor or own), per platform. */
async function watched(db: PantauDB): Promise<Set<string>> {
  const rows = await db.accounts.where('role').anyOf('competitor', 'own').toArray();
  return new Set(rows.map((r) => accountKey(r.platform, r.handle)));
}

async function deletePosts(db: PantauDB, keys: Array<[PlatformId, string]>): Promise<void> {
  for (const [platform, postId] of keys) {
    await snapshotRange(db, platform, postId).delete();
  }
  await db.posts.bulkDelete(keys);
}

/**
 * Retention: posts of authors not on the watchlist, last seen more than `days` ago, are deleted
 * with their snapshots. Watched accounts keep everything. Returns how many posts were removed.
 */
export async function pruneUnwatched(db: PantauDB, now: number, days: number): Promise<number> {
  return db.transaction('rw', [db.posts, db.postSnapshots, db.accounts], async () => {
    const keep = await watched(db);
    const old = await db.posts
      .where('lastSeenAt')
      .below(now - days * DAY_MS)
      .toArray();
    const doomed = old
      .filter((p) => !keep.has(accountKey(p.platform, p.authorKey)))
      .map((p) => [p.platform, p.postId] as [PlatformId, string]);
    await deletePosts(db, doomed);
    return doomed.length;
  });
}

/** Posts marked suspect (stored by a tab that then flooded), except watched accounts': deleted. Returns how many. */
export async function pruneSuspects(db: PantauDB, keys: ReadonlyArray<[string, string]>): Promise<number> {
  if (!keys.length) return 0;
  return db.transaction('rw', [db.posts, db.postSnapshots, db.accounts], async () => {
    const keep = await watched(db);
    const rows = await db.posts.bulkGet(keys as Array<[PlatformId, string]>);
    const doomed = rows
      .filter((p): p is NonNullable<typeof p> => p !== undefined && !keep.has(accountKey(p.platform, p.authorKey)))
      .map((p) => [p.platform, p.postId] as [PlatformId, string]);
    await deletePosts(db, doomed);
    return doomed.length;
  });
}

/** An author marked `ignored`: what was stored of them goes, as nothing new will be stored. */
export async function forgetAuthor(db: PantauDB, platform: PlatformId, handle: string): Promise<number> {
  const key = handle.toLowerCase();
  return db.transaction('rw', [db.posts, db.postSnapshots, db.profileSnapshots], async () => {
    const rows = await db.posts.where('[platform+authorKey]').equals([platform, key]).toArray();
    await deletePosts(
      db,
      rows.map((p) => [p.platform, p.postId] as [PlatformId, string]),
    );
    await db.profileSnapshots
      .where('[platform+handle+capturedAt]')
      .between([platform, key, Dexie.minKey], [platform, key, Dexie.maxKey])
      .delete();
    return rows.length;
  });
}

/** "Clear all data": every table except drafts, which are the user's own writing. */
export async function clearCapturedData(db: PantauDB): Promise<void> {
  await db.transaction('rw', [db.posts, db.postSnapshots, db.profileSnapshots, db.accounts, db.health, db.aliases], async () => {
    await Promise.all([
      db.posts.clear(),
      db.postSnapshots.clear(),
      db.profileSnapshots.clear(),
      db.accounts.clear(),
      db.health.clear(),
      db.aliases.clear(),
    ]);
  });
}
