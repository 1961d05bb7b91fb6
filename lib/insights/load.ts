import Dexie from 'dexie';
import type { PantauDB } from '../db/db';
import type { PlatformId } from '../platforms/types';
import type { InsightInput } from './compute';

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
  const posts = scope.accounts.length
    ? (await Promise.all(scope.accounts.map((a) => db.posts.where('[platform+authorKey]').equals([scope.platform, a]).toArray())))
        .flat()
        .filter((p) => p.createdAt >= fromIso && p.createdAt <= toIso)
    : await db.posts
        .where('createdAt')
        .between(fromIso, toIso, true, true)
        .filter((p) => p.platform === scope.platform)
        .toArray();
  // The dashboard needs no history (posts carry their 24 h rollup); the context card's pace does.
  const snapshots = !withSnapshots
    ? []
    : (
        await Promise.all(
          posts.map((p) =>
            db.postSnapshots
              .where('[platform+postId+capturedAt]')
              .between([p.platform, p.postId, Dexie.minKey], [p.platform, p.postId, Dexie.maxKey])
              .toArray(),
          ),
        )
      ).flat();
  const authors = [...new Set(posts.map((p) => p.authorKey).concat(scope.accounts))];
  const profiles = (
    await Promise.all(
      authors.map((a) =>
        db.profileSnapshots
          .where('[platform+handle+capturedAt]')
          .between([scope.platform, a, Dexie.minKey], [scope.platform, a, Dexie.maxKey])
          .toArray(),
      ),
    )
  ).flat();
  return { posts, snapshots, profiles };
}
