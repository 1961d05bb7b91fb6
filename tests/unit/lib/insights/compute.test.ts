import { describe, expect, it } from 'vitest';
import type { PostRow, ProfileSnapshotRow } from '@/lib/db/schema';
import { computeInsights } from '@/lib/insights/compute';
import { postRow, snapRow } from '../../../helpers/rows';

const H = 3_600_000;
const DAY = 24 * H;
const NOW = Date.UTC(2026, 10, 23, 12);

// Posts with a hashtag and 500 likes; the rest as tests/helpers/rows.ts makes them.
const post = (id: string, author: string, createdAt: number, extra: Partial<PostRow> = {}) =>
  postRow(id, author, createdAt, { text: `post ${id} #kopi`, hashtags: ['kopi'], metrics: { likes: 500 }, ...extra });
const snap = snapRow;

describe('computeInsights', () => {
  const t1 = NOW - 5 * DAY;
  const t2 = NOW - 3 * DAY;
  const posts = [post('1', 'A', t1), post('2', 'A', t2), post('3', 'B', t2), post('rt', 'A', t2, { repostOf: '3', metrics: {} })];
  const snapshots = [snap('1', t1 + 12 * H, 40), snap('1', t1 + 36 * H, 80), snap('2', t2 + 48 * H, 30), snap('3', t2 + 10 * H, 10)];
  const profiles: ProfileSnapshotRow[] = [
    { platform: 'x', handle: 'a', capturedAt: NOW - 40 * DAY, followers: 1000 },
    { platform: 'x', handle: 'a', capturedAt: NOW, followers: 2000 },
    { platform: 'x', handle: 'b', capturedAt: t2, followers: 100 },
  ];
  const r = computeInsights({ posts, snapshots, profiles, from: NOW - 30 * DAY, to: NOW, now: NOW, timeZone: 'UTC' });

  it('rates each post at ~24 h of age with followers at post time; reposts are not posts', () => {
    const byId = new Map(r.posts.map((p) => [p.post.postId, p]));
    expect([...byId.keys()].sort()).toEqual(['1', '2', '3']);
    // post 1: 40 at 12 h, 80 at 36 h → 60 at 24 h; followers at t1 (35 of 40 days): 1000 + (35/40)·1000 = 1875
    expect(byId.get('1')!.engagement).toBe(60);
    expect(byId.get('1')!.followers).toBe(1875);
    expect(byId.get('1')!.er).toBeCloseTo(60 / 1875, 10);
    // the nearest follower sample (now) is 5 days away: within 7 days, so not estimated
    expect(byId.get('1')!.erEstimated).toBe(false);
    // post 2: only a 48 h sample → the latest value (its metrics: 500); post 3: younger than 24 h at its sample → latest
    expect(byId.get('2')!.engagement).toBe(500);
    expect(byId.get('3')!.engagement).toBe(500);
  });

  it('aggregates Σ engagement ÷ Σ followers, and shares engagement among the tracked accounts', () => {
    // followers at t2 (37 of 40 days): 1925; B: 100
    expect(r.er).toBeCloseTo((60 + 500 + 500) / (1875 + 1925 + 100), 10);
    expect(r.share).toEqual([
      { account: '@A', engagement: 560, share: 560 / 1060 },
      { account: '@B', engagement: 500, share: 500 / 1060 },
    ]);
  });

  it('starts the follower series from the last sample before the period', () => {
    const a = r.followerSeries.find((s) => s.account === '@A')!; // as the posts write it
    expect(a.points).toEqual([
      { x: NOW - 30 * DAY, y: 1000 },
      { x: NOW, y: 2000 },
    ]);
  });

  it("gives each account's weeks a post count and a median ER, most posts first, in the cadence chart's buckets", () => {
    expect(r.weeklyEr.map((w) => w.account)).toEqual(['@A', '@B']);
    const a = r.weeklyEr[0]!.weeks;
    expect(a.map((w) => w.week)).toEqual(r.postsPerWeek.map((w) => w.week));
    // Both of A's posts fall in the last 7 days; the weeks before it hold none and no median.
    const last = a[a.length - 1]!;
    expect(last.posts).toBe(2);
    expect(last.medianEr).toBeCloseTo((60 / 1875 + 500 / 1925) / 2, 10);
    expect(a.slice(0, -1).every((w) => w.posts === 0 && w.medianEr === undefined)).toBe(true);
    expect(r.weeklyEr[1]!.weeks.at(-1)!.medianEr).toBeCloseTo(500 / 100, 10);
  });
});
