import Dexie from 'dexie';
import type { PantauDB } from '../db/db';
import type { PlatformId } from '../platforms/types';
import type { InsightInput } from './compute';
import { snapshotRange } from '../db/keys';
import type { PostRow } from '../db/schema';
import { snapshotsForUsual, usualWindow } from './usual-rows';

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
): Promise<Pick<InsightInput, 'posts' | 'snapshots' | 'profiles' | 'peers'>> {
  const fromIso = new Date(scope.from).toISOString();
  const toIso = new Date(scope.to).toISOString();
  // The read reaches the "× its usual" window either side of the period: those are the peers.
  const window = usualWindow(scope.from, scope.to);
  // One indexed range read of the period, filtered to the chosen accounts: the period is what
  // bounds the work, however long each account's history is.
  const chosen = new Set(scope.accounts);
  // (A plain range read uses IndexedDB's getAll; a Dexie .filter() would walk a cursor row by row.)
  const read = (
    await db.posts.where('createdAt').between(new Date(window.from).toISOString(), new Date(window.to).toISOString(), true, true).toArray()
  ).filter((p) => p.platform === scope.platform && (!chosen.size || chosen.has(p.authorKey)));
  const posts: PostRow[] = [];
  const peers: PostRow[] = [];
  for (const p of read) (p.createdAt >= fromIso && p.createdAt <= toIso ? posts : peers).push(p);
  // The dashboard needs only the history that young posts are compared on (posts carry their 24 h
  // rollup); the context card's pace reads every post's.
  const snapshots = withSnapshots
    ? [
        ...(await Promise.all(posts.map((p) => snapshotRange(db, p.platform, p.postId).toArray()))).flat(),
        ...(await snapshotsForUsual(db, read, peers)),
      ]
    : await snapshotsForUsual(db, read);
  // Every follower sample of the platform in one range read (a few per account per week), then
  // only the authors in view: cheaper than one query per author.
  const authors = new Set(posts.map((p) => p.authorKey).concat(scope.accounts));
  const profiles = (
    await db.profileSnapshots
      .where('[platform+handle+capturedAt]')
      .between([scope.platform, Dexie.minKey, Dexie.minKey], [scope.platform, Dexie.maxKey, Dexie.maxKey])
      .toArray()
  ).filter((p) => authors.has(p.handle));
  return { posts, snapshots, profiles, peers };
}
