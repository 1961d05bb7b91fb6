import { describe, expect, it } from 'vitest';
import { setAccountRole } from '@/lib/db/accounts';
import { ingestBatch } from '@/lib/db/ingest';
import { todayDigest } from '@/lib/insights/today';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const H = 3_600_000;
const DAY = 24 * H;
const NOW = Date.UTC(2026, 10, 23, 12);

const post = (id: string, handle: string, created: number, likes: number, extra = {}) =>
  capturedPost(id, {
    authorHandle: handle,
    url: `https://x.com/${handle}/status/${id}`,
    createdAt: new Date(created).toISOString(),
    metrics: { likes, replies: 0 },
    authorFollowers: 10_000,
    ...extra,
  });

describe("the popup's competitors' day", () => {
  it('says there is nothing to show when no account is a competitor', async () => {
    const db = freshDb();
    await setAccountRole(db, { platform: 'x', handle: 'Mine', role: 'own' }, NOW - 9 * DAY);
    await ingestBatch(db, batch([post('m1', 'Mine', NOW - H, 500)], NOW), NOW);
    expect(await todayDigest(db, NOW)).toEqual({ competitors: 0, posts: 0, breakouts: [] });
  });

  it("lists competitors' posts of the last 24 hours only: the top one, and the breakouts by the one rule", async () => {
    const db = freshDb();
    await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'competitor' }, NOW - 90 * DAY);
    await setAccountRole(db, { platform: 'x', handle: 'Mine', role: 'own' }, NOW - 90 * DAY);
    // Ten usual posts over the last month, each seen at 1 h (5 likes) and again 3 days later (40–49 likes).
    for (let i = 0; i < 10; i++) {
      const created = NOW - (30 - i * 2) * DAY;
      await ingestBatch(db, batch([post(`u${i}`, 'KopiKita', created, 5)], created + H), created + H);
      await ingestBatch(db, batch([post(`u${i}`, 'KopiKita', created, 40 + i)], created + 3 * DAY), created + 3 * DAY);
    }
    const today = [
      post('hot', 'KopiKita', NOW - 26 * H, 900), // a breakout, but yesterday's
      post('k1', 'KopiKita', NOW - 20 * H, 16), // its usual at 20 h (about 15.6)
      post('k2', 'KopiKita', NOW - 2 * H, 400), // far ahead of its usual at 2 h
      post('rt', 'KopiKita', NOW - H, 5_000, { repostOf: 'zzz' }), // a repost is not their post
      post('m1', 'Mine', NOW - H, 9_000), // our own account is not a competitor
    ];
    await ingestBatch(db, batch(today, NOW), NOW);
    const d = await todayDigest(db, NOW);
    expect(d.competitors).toBe(1);
    expect(d.posts).toBe(2);
    expect(d.top).toMatchObject({ post: { postId: 'k2' }, engagement: 400 });
    expect(d.breakouts.map((b) => b.post.postId)).toEqual(['k2']);
    // At 2 h the usual posts are interpolated between 1 h and 72 h: about 5.5 likes, so k2 is near 70× its usual.
    expect(d.breakouts[0]!.ratio).toBeGreaterThan(50);
    expect(d.breakouts[0]!.ratio).toBeLessThan(80);
  });
});
