import Dexie from 'dexie';
import type { PantauDB } from '../db/db';
import type { PlatformId } from '../platforms/types';
import type { InsightInput } from './compute';
import { snapshotRange } from '../db/keys';

export interface Scope {
  platform: PlatformId;
  /** Lower-cased handles; empty = every author on the platform. */
  accounts: string[];
  from: number;
  to: number;
}

/** The rows the dashboard needs for a scope, read with indexed range queries. */
export async function loadInsightRows(
  db: PantauDB,
  scope: Scope,
  { snapshots: withSnapshots = true } = {},
): Promise<Pick<InsightInput, 'posts' | 'snapshots' | 'profiles'>> {
  const fromIso = new Date(scope.from).toISOString();
  const toIso = new Date(scope.to).toISOString();
  // One indexed range read of the period, filtered to the chosen accounts: the period is what
  // bounds the work, however long each account's history is.
  const chosen = new Set(scope.accounts);
  // (A plain range read uses IndexedDB's getAll; a Dexie .filter() would walk a cursor row by row.)
  const posts = (await db.posts.where('createdAt').between(fromIso, toIso, true, true).toArray()).filter(
    (p) => p.platform === scope.platform && (!chosen.size || chosen.has(p.authorKey)),
  );
  // The dashboard needs no history (posts carry their 24 h rollup); the context card's pace does.
  const snapshots = !withSnapshots ? [] : (await Promise.all(posts.map((p) => snapshotRange(db, p.platform, p.postId).toArray()))).flat();
  // Every follower sample of the platform in one range read (a few per account per week), then
  // only the authors in view: cheaper than one query per author.
  const authors = new Set(posts.map((p) => p.authorKey).concat(scope.accounts));
  const profiles = (
    await db.profileSnapshots
      .where('[platform+handle+capturedAt]')
      .between([scope.platform, Dexie.minKey, Dexie.minKey], [scope.platform, Dexie.maxKey, Dexie.maxKey])
      .toArray()
  ).filter((p) => authors.has(p.handle));
  return { posts, snapshots, profiles };
}
