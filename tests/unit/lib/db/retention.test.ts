import { describe, expect, it } from 'vitest';
import { setAccountRole } from '@/lib/db/accounts';
import { ingestBatch } from '@/lib/db/ingest';
import { clearCapturedData, forgetAuthor, pruneUnwatched } from '@/lib/db/retention';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const DAY = 24 * 3600e3;
const NOW = Date.UTC(2026, 10, 23, 12);

async function seeded() {
  const db = freshDb();
  const old = NOW - 20 * DAY;
  await ingestBatch(db, batch([capturedPost('1', { authorHandle: 'Watched' }), capturedPost('2', { authorHandle: 'Stranger' })], old), old);
  await ingestBatch(db, batch([capturedPost('3', { authorHandle: 'Stranger' })], NOW - DAY), NOW - DAY);
  await setAccountRole(db, { platform: 'x', handle: 'Watched', role: 'competitor' }, old);
  return db;
}

describe('retention', () => {
  it('prunes only unwatched posts last seen before the cutoff, with their snapshots', async () => {
    const db = await seeded();
    expect(await pruneUnwatched(db, NOW, 14)).toBe(1);
    expect((await db.posts.toArray()).map((p) => p.postId).sort()).toEqual(['1', '3']);
    expect((await db.postSnapshots.toArray()).map((s) => s.postId).sort()).toEqual(['1', '3']);
  });

  it('keeps everything with a long enough retention', async () => {
    const db = await seeded();
    expect(await pruneUnwatched(db, NOW, 30)).toBe(0);
    expect(await db.posts.count()).toBe(3);
  });

  it('forgets an ignored author entirely', async () => {
    const db = await seeded();
    await ingestBatch(db, batch([], NOW, { profiles: [{ platform: 'x', handle: 'Stranger', followers: 9 }] }), NOW);
    expect(await forgetAuthor(db, 'x', 'Stranger')).toBe(2);
    expect((await db.posts.toArray()).map((p) => p.authorHandle)).toEqual(['Watched']);
    expect((await db.profileSnapshots.toArray()).some((p) => p.handle === 'stranger')).toBe(false);
  });

  it('"clear all data" keeps drafts', async () => {
    const db = await seeded();
    await db.drafts.put({ id: 'd', text: 'keep me', platforms: ['x'], status: 'draft', createdAt: 1, updatedAt: 1 });
    await clearCapturedData(db);
    expect([await db.posts.count(), await db.postSnapshots.count(), await db.accounts.count(), await db.health.count()]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(await db.drafts.count()).toBe(1);
  });
});
