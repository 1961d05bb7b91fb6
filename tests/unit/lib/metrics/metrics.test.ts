import { describe, expect, it } from 'vitest';
import { bestSlots, bestTimeGrid, slotOf } from '@/lib/metrics/best-time';
import { cadence } from '@/lib/metrics/cadence';
import { hashtagStats, lengthMix, mediaMix } from '@/lib/metrics/content';
import { aggregateEr, engagementOf, erByFollowers, erByViews } from '@/lib/metrics/engagement';
import { followersAt } from '@/lib/metrics/followers';
import { shareOfEngagement } from '@/lib/metrics/share';
import { median, weightedMedian } from '@/lib/metrics/stats';
import { engagementAtAge, HOUR_MS, paceVsUsual, velocity } from '@/lib/metrics/velocity';

const DAY = 86_400_000;

describe('engagement', () => {
  it.each([
    ['x', { likes: 10, replies: 2, reposts: 3, quotes: 1, views: 1000, bookmarks: 9 }, 16],
    ['instagram', { likes: 10, replies: 2, views: 500 }, 12],
    ['facebook', { likes: 10, replies: 2, shares: 5 }, 17],
    ['linkedin', { likes: 10, replies: 2, reposts: 4 }, 16],
    ['youtube', { likes: 10, replies: 2, views: 999 }, 12],
    ['tiktok', { likes: 10, replies: 2, shares: 3, bookmarks: 4, views: 100 }, 19],
  ] as const)('%s uses its industry definition', (platform, metrics, expected) => expect(engagementOf(platform, metrics)).toBe(expected));

  it('is unknown when no counter is known, and follows the user’s counters', () => {
    expect(engagementOf('x', { views: 5 })).toBeUndefined();
    expect(engagementOf('x', { likes: 10, replies: 2 }, { x: ['likes'] })).toBe(10);
  });

  it('ER by followers and by views; aggregates are Σ engagement ÷ Σ followers', () => {
    expect(erByFollowers(150, { followers: 1500, estimated: false })).toEqual({ rate: 0.1, estimated: false });
    expect(erByViews(50, 1000)).toBe(0.05);
    expect(erByViews(50, undefined)).toBeUndefined();
    // mean of ratios would be (0.1 + 0.01) / 2 = 0.055; the aggregate is 20 / 1100.
    expect(aggregateEr([{ engagement: 10, followers: 100 }, { engagement: 10, followers: 1000 }, { engagement: 5 }])).toBeCloseTo(
      20 / 1100,
      10,
    );
  });
});

describe('followersAt', () => {
  const samples = [
    { capturedAt: 0, followers: 1000 },
    { capturedAt: 10 * DAY, followers: 2000 },
  ];
  it('interpolates between samples', () => expect(followersAt(samples, 5 * DAY)).toEqual({ followers: 1500, estimated: false }));
  it('uses the nearest sample outside them', () => {
    expect(followersAt(samples, -2 * DAY)).toEqual({ followers: 1000, estimated: false });
    expect(followersAt(samples, 30 * DAY)).toEqual({ followers: 2000, estimated: true });
  });
  it('marks a value estimated when the nearest sample is over 7 days away', () => {
    expect(
      followersAt(
        [
          { capturedAt: 0, followers: 1000 },
          { capturedAt: 30 * DAY, followers: 4000 },
        ],
        15 * DAY,
      ),
    ).toEqual({ followers: 2500, estimated: true });
  });
  it('ignores samples without a follower count', () => expect(followersAt([{ capturedAt: 0 }], 0)).toBeUndefined());
});

describe('velocity', () => {
  const post = [
    { ageMs: 0.5 * HOUR_MS, engagement: 10 },
    { ageMs: 2 * HOUR_MS, engagement: 40 },
    { ageMs: 30 * HOUR_MS, engagement: 320 },
  ];
  it('interpolates engagement at 1 h, 6 h and 24 h of age, never extrapolates', () => {
    expect(velocity(post)).toEqual({ 1: 20, 6: 80, 24: 260 });
    expect(engagementAtAge(post, 0)).toBeUndefined();
  });
  it('compares a post with the account’s usual curve at its age', () => {
    const others = [
      [
        { ageMs: 0, engagement: 0 },
        { ageMs: 6 * HOUR_MS, engagement: 30 },
      ],
      [
        { ageMs: 0, engagement: 0 },
        { ageMs: 6 * HOUR_MS, engagement: 60 },
      ],
      [
        { ageMs: 0, engagement: 0 },
        { ageMs: 6 * HOUR_MS, engagement: 90 },
      ],
    ];
    // at 3 h the others have 15, 30, 45 (median 30); this post has 40 + (1/28)·280 = 50
    expect(paceVsUsual(post, others, 3 * HOUR_MS)).toEqual({ ageHours: 3, ratio: 50 / 30, ahead: true });
  });
});

describe('cadence', () => {
  it('posts per week and the spread of the gaps', () => {
    expect(cadence([0, DAY, 2 * DAY, 3 * DAY], 0, 14 * DAY)).toEqual({ postsPerWeek: 2, meanGapHours: 24, gapVariation: 0 });
    const bursty = cadence([0, HOUR_MS, 2 * HOUR_MS, 7 * DAY], 0, 7 * DAY);
    expect(bursty.postsPerWeek).toBe(4);
    expect(bursty.gapVariation!).toBeGreaterThan(1);
  });
});

describe('best time to post (a synthetic week with a known answer)', () => {
  // Week of Mon 2026-11-16 (UTC). "now" is Fri 00:00.
  const now = Date.UTC(2026, 10, 20, 0, 0);
  const at = (day: number, hour: number) => Date.UTC(2026, 10, day, hour, 0);
  const posts = [
    ...[0, 1, 2, 3].map(() => ({ createdAt: at(17, 9), er: 0.1 })), // Tue 09:00: 4 posts, ER 10 %
    ...[0, 1, 2, 3].map(() => ({ createdAt: at(18, 19), er: 0.02 })), // Wed 19:00: 4 posts, ER 2 %
    { createdAt: at(19, 12), er: 0.5 }, // Thu 12:00: one lucky post
    { createdAt: now - 120 * DAY, er: 9 }, // outside the 90-day window
  ];
  const grid = bestTimeGrid(posts, now, 'UTC');
  const cell = (weekday: number, hour: number) => grid.find((c) => c.weekday === weekday && c.hour === hour)!;

  it('fills 7 × 24 cells with volume', () => {
    expect(grid).toHaveLength(168);
    expect(grid.reduce((s, c) => s + c.posts, 0)).toBe(9);
  });
  it('shrinks each cell toward the overall median with a prior of 3 posts', () => {
    // The recency-weighted overall median is 0.1 (the Wed group holds less than half the weight).
    expect(cell(2, 9).er).toBeCloseTo((4 * 0.1 + 3 * 0.1) / 7, 10);
    expect(cell(3, 19).er).toBeCloseTo((4 * 0.02 + 3 * 0.1) / 7, 10);
  });
  it('gives no number for a cell with fewer than 2 posts, however good', () => {
    expect(cell(4, 12)).toEqual({ weekday: 4, hour: 12, posts: 1 });
    expect(bestSlots(grid, 1)[0]).toMatchObject({ weekday: 2, hour: 9 });
  });
  it('uses the user’s time zone', () => {
    expect(slotOf(at(17, 9), 'Asia/Jakarta')).toEqual({ weekday: 2, hour: 16 });
    expect(bestSlots(bestTimeGrid(posts, now, 'Asia/Jakarta'), 1)[0]).toMatchObject({ weekday: 2, hour: 16 });
  });
});

describe('content and share', () => {
  const posts = [
    { hashtags: ['kopi'], mediaType: 'photo' as const, text: 'a', er: 0.1 },
    { hashtags: ['Kopi', 'pagi'], mediaType: 'photo' as const, text: 'b'.repeat(100), er: 0.2 },
    { hashtags: ['KOPI'], mediaType: 'video' as const, text: 'c'.repeat(300), er: 0.3 },
    { hashtags: ['teh'], text: 'd', er: 0.5 },
  ];
  it('hashtag frequency, case-insensitive, median ER only with 3+ posts', () => {
    expect(hashtagStats(posts)).toEqual([
      { tag: 'kopi', posts: 3, medianEr: 0.2 },
      { tag: 'pagi', posts: 1 },
      { tag: 'teh', posts: 1 },
    ]);
  });
  it('mix by media type and text length', () => {
    expect(mediaMix(posts)).toEqual([
      { key: 'photo', posts: 2, medianEr: 0.15000000000000002 },
      { key: 'video', posts: 1, medianEr: 0.3 },
      { key: 'text', posts: 1, medianEr: 0.5 },
    ]);
    expect(lengthMix(posts).map((r) => [r.key, r.posts])).toEqual([
      ['short', 2],
      ['medium', 1],
      ['long', 1],
    ]);
  });
  it('share of engagement among tracked accounts', () => {
    expect(
      shareOfEngagement(
        new Map([
          ['a', 30],
          ['b', 70],
        ]),
      ),
    ).toEqual([
      { account: 'b', engagement: 70, share: 0.7 },
      { account: 'a', engagement: 30, share: 0.3 },
    ]);
  });
  it('medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(weightedMedian([1, 2, 3], [1, 1, 5])).toBe(3);
  });
});
