import { describe, expect, it } from 'vitest';
import { ingestBatch } from '@/lib/db/ingest';
import { postDetail } from '@/lib/insights/post-detail';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const H = 3_600_000;
const DAY = 24 * H;
const NOW = Date.UTC(2026, 10, 23, 12);

/** `peers` posts of the account, each seen at 1 h and at 24 h; then the post under study, seen the same way. */
async function seeded(peers: number) {
  const db = freshDb();
  const seen = async (id: string, created: number, at1: number, at24: number) => {
    const post = (likes: number) =>
      capturedPost(id, { createdAt: new Date(created).toISOString(), metrics: { likes, replies: 1 }, authorFollowers: 5_000 });
    await ingestBatch(db, batch([post(at1)], created + H), created + H);
    await ingestBatch(db, batch([post(at24)], created + 24 * H), created + 24 * H);
  };
  for (let i = 0; i < peers; i++) await seen(`p${i}`, NOW - (10 + i) * DAY, 10 + i, 100 + 10 * i);
  await seen('t', NOW - 2 * DAY, 30, 300);
  return db;
}

describe('post detail', () => {
  it("draws the post's engagement by age against the median of the account's other posts at the same ages", async () => {
    const detail = (await postDetail(await seeded(6), { platform: 'x', postId: 't' }))!;
    // Engagement on X by default: likes + replies (+ reposts + quotes, none here).
    expect(detail.curve).toEqual([
      { ageHours: 1, engagement: 31 },
      { ageHours: 24, engagement: 301 },
    ]);
    // Peers at 1 h: 11…16 → median 13.5; at 24 h: 101, 111, …, 151 → (121 + 131) / 2 = 126.
    expect(detail.usualCurve).toEqual([
      { ageHours: 1, engagement: 13.5, peers: 6 },
      { ageHours: 24, engagement: 126, peers: 6 },
    ]);
    // "× its usual" by the one rule: ER at 24 h against the peers' median ER at 24 h, with 5,000 followers.
    expect(detail.usual.usual!.ratio).toBeCloseTo(301 / 126, 12);
    expect(detail.usual.followers).toBe(5_000);
    expect(detail.usual.er).toBeCloseTo(301 / 5_000, 12);
  });

  it('draws no usual curve with fewer than five other posts, and says the post is gone when it is', async () => {
    const db = await seeded(4);
    const detail = (await postDetail(db, { platform: 'x', postId: 't' }))!;
    expect(detail.curve).toHaveLength(2);
    expect(detail.usualCurve).toEqual([]);
    expect(detail.usual.usual).toBeUndefined();
    expect(await postDetail(db, { platform: 'x', postId: 'nope' })).toBeUndefined();
  });
});
