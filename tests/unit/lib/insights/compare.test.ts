import { describe, expect, it } from 'vitest';
import type { PostRow, ProfileSnapshotRow } from '@/lib/db/schema';
import { compareAccounts, sortCompare } from '@/lib/insights/compare';
import { computeInsights } from '@/lib/insights/compute';
import { postRow } from '../../../helpers/rows';

const H = 3_600_000;
const DAY = 24 * H;
const FROM = Date.UTC(2026, 10, 1);
const TO = FROM + 14 * DAY - 1; // two weeks
const post = (id: string, author: string, at: number, likes: number, views?: number): PostRow =>
  postRow(id, author, at, { metrics: { likes, ...(views ? { views } : {}) }, lastSeenAt: at + 3 * DAY });

describe('compareAccounts', () => {
  // A (own): 1,000 → 1,200 followers over the period; 4 posts. B: 100 followers, 2 posts, views known.
  const posts = [
    post('a1', 'A', FROM + DAY, 10),
    post('a2', 'A', FROM + 3 * DAY, 20),
    post('a3', 'A', FROM + 8 * DAY, 30),
    post('a4', 'A', FROM + 12 * DAY, 60),
    post('b1', 'B', FROM + 2 * DAY, 5, 100),
    post('b2', 'B', FROM + 9 * DAY, 15, 500),
    // the previous two weeks: A posted twice, 10 each
    post('a0', 'A', FROM - 5 * DAY, 10),
    post('a00', 'A', FROM - 10 * DAY, 10),
  ];
  const profiles: ProfileSnapshotRow[] = [
    { platform: 'x', handle: 'a', capturedAt: FROM - 20 * DAY, followers: 900 },
    { platform: 'x', handle: 'a', capturedAt: FROM - DAY, followers: 1000 },
    { platform: 'x', handle: 'a', capturedAt: TO - DAY, followers: 1200 },
    { platform: 'x', handle: 'b', capturedAt: FROM, followers: 100 },
  ];
  const base = { snapshots: [], profiles, timeZone: 'UTC' };
  const current = computeInsights({ ...base, posts, from: FROM, to: TO, now: TO });
  const previous = computeInsights({ ...base, posts, from: FROM - 14 * DAY, to: FROM - 1, now: FROM - 1 });
  const rows = compareAccounts(current, previous, 14, new Map([['a', 'own' as const]]), ['a', 'b', 'c']);
  const a = rows.find((r) => r.handle === 'a')!;
  const b = rows.find((r) => r.handle === 'b')!;

  it('gives the hand-computed figures per account', () => {
    expect(a).toMatchObject({ account: '@A', role: 'own', posts: 4, postsPerWeek: 2, followers: 1200, growth: 200, growthPct: 0.2 });
    // Followers at post time interpolate 1,000 → 1,200 between FROM − 1 day and TO − 1 day (14 days).
    const f = (t: number) => 1000 + (200 * (t - (FROM - DAY))) / (14 * DAY);
    const ers = [
      10 / Math.round(f(FROM + DAY)),
      20 / Math.round(f(FROM + 3 * DAY)),
      30 / Math.round(f(FROM + 8 * DAY)),
      60 / Math.round(f(FROM + 12 * DAY)),
    ];
    expect(a.medianEr).toBeCloseTo((ers[1]! + ers[2]!) / 2, 12);
    expect(a.engagementPerPost).toBe(30);
    expect(a.top!.post.postId).toBe('a4');
    expect(a.medianErViews).toBeUndefined();
    // B: one sample only, so no growth; ER by views 5 % and 3 % → median 4 %.
    expect(b).toMatchObject({ posts: 2, postsPerWeek: 1, followers: 100, engagementPerPost: 10 });
    expect(b.growth).toBeUndefined();
    expect(b.medianEr).toBeCloseTo((0.05 + 0.15) / 2, 12);
    expect(b.medianErViews).toBeCloseTo(0.04, 12);
    // Share: A 120, B 20 of 140.
    expect(a.share).toBeCloseTo(120 / 140, 12);
    expect(b.share).toBeCloseTo(20 / 140, 12);
  });

  it('compares with the previous period, and lists accounts in scope that had nothing', () => {
    // A before: 2 posts in two weeks (1 a week), 10 each, all of the engagement; followers 900 → 1,000.
    expect(a.previous).toMatchObject({ postsPerWeek: 1, engagementPerPost: 10, share: 1, growth: 100 });
    expect(b.previous).toBeUndefined();
    expect(rows.find((r) => r.handle === 'c')).toMatchObject({ posts: 0, share: 0, postsPerWeek: 0 });
  });

  it('sorts by a column with unknowns last either way', () => {
    expect(sortCompare(rows, 'growth').map((r) => r.handle)).toEqual(['a', 'b', 'c']);
    expect(sortCompare(rows, 'growth', false).map((r) => r.handle)).toEqual(['a', 'b', 'c']);
    expect(sortCompare(rows, 'medianEr').map((r) => r.handle)).toEqual(['b', 'a', 'c']);
    expect(sortCompare(rows, 'postsPerWeek', false).map((r) => r.handle)).toEqual(['c', 'b', 'a']);
  });
});
