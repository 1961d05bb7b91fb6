import type { CapturedPost, CapturedProfile } from '../platforms/types';
import type { CaptureBatch } from '../messaging/schemas';
import { ignoredHandles } from './accounts';
import type { PantauDB } from './db';
import { bumpHealth } from './health';
import { canonicalRows, learnIdentities } from './identities';
import { addSnapshots, recordProfiles, SNAPSHOT_INTERVAL_MS, upsertPosts } from './posts';

export interface IngestOutcome {
  posts: number;
  /** The posts stored (ignored authors' posts are not): what follow-up steps may act on. */
  stored: CapturedPost[];
  snapshots: number;
  profileSnapshots: number;
}

/**
 * Store one validated batch in one transaction: all of it or none of it. Idempotent for a
 * retried batch (same capturedAt), which is what makes content-script retries safe.
 */
export async function ingestBatch(
  db: PantauDB,
  batch: CaptureBatch,
  now: number,
  intervalMs = SNAPSHOT_INTERVAL_MS,
): Promise<IngestOutcome> {
  return db.transaction('rw', [db.posts, db.postSnapshots, db.profileSnapshots, db.health, db.accounts, db.aliases], async () => {
    // One identity per account: learn the forms this batch joined, then store rows under the handle.
    if (batch.identities?.length) await learnIdentities(db, batch.platform, batch.identities, now);
    const rows = await canonicalRows(db, batch.platform, batch.posts, batch.profiles);
    const ignored = await ignoredHandles(db, batch.platform);
    const posts = rows.posts.filter((p) => !ignored.has(p.authorHandle.toLowerCase()));
    const snapshots = await upsertPosts(db, posts, batch.capturedAt, intervalMs);
    await addSnapshots(db, snapshots);

    // Follower counts also arrive on posts (authorFollowers); use them where no profile came.
    const profiles: CapturedProfile[] = rows.profiles.filter((p) => !ignored.has(p.handle.toLowerCase()));
    const known = new Set(profiles.map((p) => p.handle.toLowerCase()));
    for (const p of posts) {
      if (p.authorFollowers !== undefined && !known.has(p.authorHandle.toLowerCase())) {
        known.add(p.authorHandle.toLowerCase());
        profiles.push({ platform: p.platform, handle: p.authorHandle, followers: p.authorFollowers });
      }
    }
    const profileSnapshots = await recordProfiles(db, profiles, batch.capturedAt, intervalMs);

    await bumpHealth(db, batch.platform, { ...batch.health, postsParsed: posts.length }, now);
    return { posts: posts.length, stored: posts, snapshots: snapshots.length, profileSnapshots };
  });
}
