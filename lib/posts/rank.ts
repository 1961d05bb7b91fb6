import { postKey } from '../db/keys';
import type { PostRow, PostSnapshotRow, ProfileSnapshotRow } from '../db/schema';
import { usualPostsByAccount } from '../insights/usual-rows';
import type { EngagementCounters } from '../metrics/engagement';
import { ownEr, usualOfAll } from '../metrics/usual';

/**
 * The Posts tab's ER and "× its usual" sorts, by the one definition (lib/metrics/usual.ts, read
 * through lib/insights/usual-rows.ts): no ratio math of its own. Keyed by postKey.
 */

const platformOf = (key: string) => key.slice(0, key.indexOf('\u0000'));

/**
 * ER by followers at post time, at the age the rule compares a post (its age when last seen,
 * capped at 24 h). Needs no snapshot history: the row's latest counters and 24 h rollup suffice.
 */
export function erValues(
  posts: readonly PostRow[],
  profiles: readonly ProfileSnapshotRow[],
  counters?: EngagementCounters,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [account, list] of usualPostsByAccount(posts, [], profiles, counters)) {
    const platform = platformOf(account);
    for (const u of list) {
      const er = ownEr(u);
      if (er !== undefined) out.set(postKey({ platform, postId: u.id }), er);
    }
  }
  return out;
}

/**
 * "× its usual" of every post of the accounts given: `posts` must hold each account's posts (the
 * peers), not only those on screen, and `snapshots` what snapshotsForUsual reads for them.
 */
export function usualValues(
  posts: readonly PostRow[],
  snapshots: readonly PostSnapshotRow[],
  profiles: readonly ProfileSnapshotRow[],
  counters?: EngagementCounters,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [account, list] of usualPostsByAccount(posts, snapshots, profiles, counters)) {
    const platform = platformOf(account);
    for (const [id, u] of usualOfAll(list)) out.set(postKey({ platform, postId: id }), u.ratio);
  }
  return out;
}
