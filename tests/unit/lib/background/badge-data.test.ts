import { describe, expect, it } from 'vitest';
import { handleGetBadges } from '@/lib/background/badge-data';
import { setAccountRole } from '@/lib/db/accounts';
import { ingestBatch } from '@/lib/db/ingest';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const T0 = Date.UTC(2026, 10, 20, 9);
const fromX = { id: 'ext', tab: { id: 1, url: 'https://x.com/home' } };

async function seeded() {
  const db = freshDb();
  const posts = [10, 20, 30].map((likes, i) => capturedPost(String(i + 1), { metrics: { likes }, authorFollowers: 1000 }));
  await ingestBatch(
    db,
    batch([...posts, capturedPost('9', { authorHandle: 'Stranger', metrics: { likes: 5 }, authorFollowers: 10 })], T0),
    T0,
  );
  await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'competitor' }, T0);
  return db;
}

describe('handleGetBadges', () => {
  it('gives ER for watched accounts’ posts only, and no "× its usual" over too few posts', async () => {
    const db = await seeded();
    expect(await handleGetBadges({ platform: 'x', postIds: ['3', '9', 'missing'] }, fromX, db, true)).toEqual([
      // Three posts: too few for "× its usual" (5 peers at the same age), so ER only.
      { postId: '3', engagement: 30, followers: 1000, er: 0.03 },
    ]);
  });
  it('gives nothing when badges are off, for another platform, or to a page of another site', async () => {
    const db = await seeded();
    expect(await handleGetBadges({ platform: 'x', postIds: ['3'] }, fromX, db, false)).toEqual([]);
    expect(await handleGetBadges({ platform: 'bluesky', postIds: ['3'] }, fromX, db, true)).toEqual([]);
    expect(
      await handleGetBadges({ platform: 'x', postIds: ['3'] }, { id: 'ext', tab: { id: 2, url: 'https://evil.example/' } }, db, true),
    ).toEqual([]);
    expect(await handleGetBadges({ platform: 'x', postIds: ['<script>'] }, fromX, db, true)).toEqual([]);
  });
});

describe('badge requests are rate-limited per tab (a page cannot scan for watched accounts)', () => {
  it(`answers at most ${300} post ids a minute to one tab, and again after the minute`, async () => {
    const db = await seeded();
    const tab = { id: 'ext', tab: { id: 77, url: 'https://x.com/home' } };
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `g${i}`);
    expect(await handleGetBadges({ platform: 'x', postIds: ids(100) }, tab, db, true, undefined, T0)).toEqual([]);
    expect(await handleGetBadges({ platform: 'x', postIds: ids(100) }, tab, db, true, undefined, T0 + 1000)).toEqual([]);
    expect(await handleGetBadges({ platform: 'x', postIds: ['3'] }, tab, db, true, undefined, T0 + 2000)).toHaveLength(1);
    await handleGetBadges({ platform: 'x', postIds: ids(100) }, tab, db, true, undefined, T0 + 3000);
    // Over the budget: even a real watched post gets no badge until the minute is over.
    expect(await handleGetBadges({ platform: 'x', postIds: ['3'] }, tab, db, true, undefined, T0 + 4000)).toEqual([]);
    // Another tab has its own budget.
    expect(await handleGetBadges({ platform: 'x', postIds: ['3'] }, fromX, db, true, undefined, T0 + 4000)).toHaveLength(1);
    expect(await handleGetBadges({ platform: 'x', postIds: ['3'] }, tab, db, true, undefined, T0 + 61_000)).toHaveLength(1);
  });
});
