import { beforeEach, describe, expect, it } from 'vitest';
import { setAccountRole } from '@/lib/db/accounts';
import type { PantauDB } from '@/lib/db/db';
import { ingestBatch } from '@/lib/db/ingest';
import { postSnapshots, SNAPSHOT_INTERVAL_MS } from '@/lib/db/posts';
import { postRowSchema, postSnapshotRowSchema, profileSnapshotRowSchema } from '@/lib/db/schema';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
let db: PantauDB;
beforeEach(() => {
  db = freshDb();
});

describe('ingestBatch', () => {
  it('stores posts and a first snapshot, rows valid against the schemas', async () => {
    const out = await ingestBatch(db, batch([capturedPost('1'), capturedPost('2')], T0), T0);
    expect(out).toMatchObject({ posts: 2, snapshots: 2, profileSnapshots: 0 });
    expect(out.stored.map((p) => p.postId)).toEqual(['1', '2']);
    const rows = await db.posts.toArray();
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(postRowSchema.safeParse(r).success).toBe(true);
    for (const s of await db.postSnapshots.toArray()) expect(postSnapshotRowSchema.safeParse(s).success).toBe(true);
    expect(rows[0]).toMatchObject({ firstSeenAt: T0, lastSeenAt: T0, lastSnapshotAt: T0, authorKey: 'kopikita' });
  });

  it('appends a snapshot only when a counter changed or an hour passed', async () => {
    await ingestBatch(db, batch([capturedPost('1')], T0), T0);
    await ingestBatch(db, batch([capturedPost('1')], T0 + 60_000), T0 + 60_000); // same counters, 1 min later
    await ingestBatch(
      db,
      batch([capturedPost('1', { metrics: { likes: 11, replies: 1, reposts: 2, quotes: 0, views: 100 } })], T0 + 120_000),
      T0 + 120_000,
    );
    await ingestBatch(
      db,
      batch(
        [capturedPost('1', { metrics: { likes: 11, replies: 1, reposts: 2, quotes: 0, views: 100 } })],
        T0 + 120_000 + SNAPSHOT_INTERVAL_MS,
      ),
      T0,
    );
    const series = await postSnapshots(db, 'x', '1');
    expect(series.map((s) => [s.capturedAt - T0, s.metrics.likes])).toEqual([
      [0, 10],
      [120_000, 11],
      [120_000 + SNAPSHOT_INTERVAL_MS, 11],
    ]);
    const row = await db.posts.get(['x', '1']);
    expect(row).toMatchObject({ firstSeenAt: T0, lastSeenAt: T0 + 120_000 + SNAPSHOT_INTERVAL_MS, metrics: { likes: 11 } });
  });

  it('is idempotent for a retried batch', async () => {
    const b = batch([capturedPost('1'), capturedPost('2')], T0, { profiles: [{ platform: 'x', handle: 'KopiKita', followers: 100 }] });
    await ingestBatch(db, b, T0);
    await ingestBatch(db, b, T0 + 5);
    expect(await db.posts.count()).toBe(2);
    expect(await db.postSnapshots.count()).toBe(2);
    expect(await db.profileSnapshots.count()).toBe(1);
  });

  it('keeps a counter the sighting did not carry, and never lets a rounded value overwrite an exact one', async () => {
    await ingestBatch(db, batch([capturedPost('1', { metrics: { likes: 2345, views: 30142 } })], T0), T0);
    await ingestBatch(db, batch([capturedPost('1', { metrics: { likes: 2300 }, approximate: ['likes'] })], T0 + 1000), T0 + 1000);
    let row = await db.posts.get(['x', '1']);
    expect(row!.metrics).toEqual({ likes: 2345, views: 30142 });
    expect(row!.approximate).toBeUndefined();
    // A rounded value above the exact one is newer information: taken, and flagged.
    await ingestBatch(db, batch([capturedPost('1', { metrics: { likes: 2400 }, approximate: ['likes'] })], T0 + 2000), T0 + 2000);
    row = await db.posts.get(['x', '1']);
    expect(row!.metrics.likes).toBe(2400);
    expect(row!.approximate).toEqual(['likes']);
  });

  it('keeps both follower values when two captures disagree (no silent fix)', async () => {
    await ingestBatch(
      db,
      batch([], T0, { profiles: [{ platform: 'x', handle: 'XDevelopers', followers: 695695, following: 762, posts: 4319 }] }),
      T0,
    );
    await ingestBatch(
      db,
      batch([], T0 + 1000, { profiles: [{ platform: 'x', handle: 'XDevelopers', followers: 695696, following: 762, posts: 4319 }] }),
      T0,
    );
    const rows = await db.profileSnapshots.toArray();
    expect(rows.map((r) => r.followers)).toEqual([695695, 695696]);
    for (const r of rows) expect(profileSnapshotRowSchema.safeParse(r).success).toBe(true);
  });

  it('records followers from posts when no profile came', async () => {
    await ingestBatch(db, batch([capturedPost('1', { authorFollowers: 777 })], T0), T0);
    expect((await db.profileSnapshots.toArray()).map((r) => [r.handle, r.followers])).toEqual([['kopikita', 777]]);
  });

  it('stores a repost wrapper as a relation with no snapshot', async () => {
    await ingestBatch(db, batch([capturedPost('9', { repostOf: '8', metrics: {} })], T0), T0);
    expect(await db.postSnapshots.count()).toBe(0);
    expect((await db.posts.get(['x', '9']))!.repostOf).toBe('8');
  });

  it('never stores ignored authors', async () => {
    await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'ignored' }, T0);
    await ingestBatch(db, batch([capturedPost('1')], T0, { profiles: [{ platform: 'x', handle: 'kopikita', followers: 5 }] }), T0);
    expect(await db.posts.count()).toBe(0);
    expect(await db.profileSnapshots.count()).toBe(0);
  });

  it('updates health counters in the same transaction', async () => {
    await ingestBatch(
      db,
      batch([capturedPost('1')], T0, { health: { payloadsNotUnderstood: 2, lastProblem: 'payloadNotUnderstood: x' } }),
      T0,
    );
    expect(await db.health.get('x')).toMatchObject({
      postsParsed: 1,
      payloadsNotUnderstood: 2,
      selectorMisses: 0,
      lastSuccessAt: T0,
      lastProblemAt: T0,
    });
  });

  it('counts pages that showed posts with nothing parsed, and resets on success', async () => {
    await ingestBatch(db, batch([], T0, { platform: 'x', health: { pagesWithPosts: 2, samples: ['no data object (keys: errors)'] } }), T0);
    await ingestBatch(db, batch([], T0, { health: { pagesWithPosts: 1 } }), T0);
    expect(await db.health.get('x')).toMatchObject({ pagesSinceSuccess: 3, samples: ['no data object (keys: errors)'] });
    await ingestBatch(db, batch([capturedPost('1')], T0), T0);
    expect((await db.health.get('x'))!.pagesSinceSuccess).toBe(0);
  });

  it('uses the snapshot interval it is given', async () => {
    await ingestBatch(db, batch([capturedPost('1')], T0), T0, 5 * 60_000);
    await ingestBatch(db, batch([capturedPost('1')], T0 + 5 * 60_000), T0, 5 * 60_000);
    expect(await db.postSnapshots.count()).toBe(2);
  });

  it('leaves nothing behind when the transaction fails', async () => {
    const failing = freshDb();
    await failing.open();
    failing.postSnapshots.hook('creating', () => {
      throw new Error('QuotaExceededError (simulated)');
    });
    await expect(ingestBatch(failing, batch([capturedPost('1')], T0), T0)).rejects.toThrow(/Quota/);
    expect(await failing.posts.count()).toBe(0);
    expect(await failing.health.count()).toBe(0);
  });
});
