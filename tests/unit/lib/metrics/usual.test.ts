import { describe, expect, it } from 'vitest';
import { BREAKOUT_Z, isBreakout, usualOf, usualOfAll, type UsualPost } from '@/lib/metrics/usual';

const H = 3_600_000;
const DAY = 24 * H;
const T = Date.UTC(2026, 10, 1);

/** A post with 1,000 followers, seen at 0 h and 12 h with `e6h` engagement at 6 h (linear). */
const seenYoung = (id: string, createdAt: number, e6h: number): UsualPost => ({
  id,
  createdAt,
  followers: 1000,
  samples: [
    { ageMs: 0, engagement: 0 },
    { ageMs: 12 * H, engagement: 2 * e6h },
  ],
  latest: { ageMs: 12 * H, engagement: 2 * e6h },
});
/** A post seen once, days after it was made, with its 24 h rollup. */
const seenOld = (id: string, createdAt: number, e24: number, followers = 1000): UsualPost => ({
  id,
  createdAt,
  followers,
  samples: [],
  engagement24h: e24,
  latest: { ageMs: 3 * DAY, engagement: e24 * 1.2 },
});

describe('"× its usual"', () => {
  it('a young post is compared at its own age with its peers at that age, never with their full day', () => {
    const peers = [10, 11, 12, 13, 14].map((e, i) => seenYoung(`p${i}`, T - (i + 1) * DAY, e));
    const post: UsualPost = { id: 'new', createdAt: T, followers: 1000, samples: [], latest: { ageMs: 6 * H, engagement: 36 } };
    const u = usualOf(post, [post, ...peers])!;
    // Peers' ER at 6 h: 1.0 … 1.4 %, median 1.2 %; the post 3.6 % → 3×.
    expect(u.ageMs).toBe(6 * H);
    expect(u.median).toBeCloseTo(0.012, 12);
    expect(u.ratio).toBeCloseTo(3, 12);
    expect(u.peers).toBe(5);
    // MAD of 10…14 is 1 → 0.1 %: z = (3.6 − 1.2) % ÷ (1.4826 × 0.1 %).
    expect(u.z).toBeCloseTo(0.024 / (1.4826 * 0.001), 6);
    expect(isBreakout(u)).toBe(u.z! >= BREAKOUT_Z);
  });

  it('past a day every post is compared at 24 h, from the rollups', () => {
    const peers = [20, 30, 40, 50, 60].map((e, i) => seenOld(`p${i}`, T - (i + 1) * DAY, e));
    const post = seenOld('x', T, 80, 2000);
    // The post: 80 ÷ 2,000 = 4 %; peers 2–6 %, median 4 % → 1×.
    expect(usualOf(post, [post, ...peers])!.ratio).toBeCloseTo(1, 12);
  });

  it('gives nothing with fewer than 5 peers at that age, and ignores peers beyond 60 days or not seen that young', () => {
    const four = [10, 11, 12, 13].map((e, i) => seenYoung(`p${i}`, T - (i + 1) * DAY, e));
    const young: UsualPost = { id: 'new', createdAt: T, followers: 1000, samples: [], latest: { ageMs: 6 * H, engagement: 36 } };
    expect(usualOf(young, [young, ...four])).toBeUndefined();
    // A fifth peer 61 days before does not count; nor one first seen at 2 days (it has no 6 h value).
    const far = seenYoung('far', T - 61 * DAY, 12);
    const late = seenOld('late', T - 2 * DAY, 12);
    expect(usualOf(young, [young, ...four, far, late])).toBeUndefined();
    // One within the window and seen young makes five.
    expect(usualOf(young, [young, ...four, seenYoung('near', T - 59 * DAY, 12)])?.peers).toBe(5);
  });

  it('no followers, no ER: no figure; a post is never its own peer', () => {
    const peers = [20, 30, 40, 50, 60].map((e, i) => seenOld(`p${i}`, T - (i + 1) * DAY, e));
    const { followers: _, ...noFollowers } = seenOld('x', T, 80);
    expect(usualOf(noFollowers, peers)).toBeUndefined();
    expect(usualOf(peers[0]!, peers)).toBeUndefined(); // four others only
  });

  it('usualOfAll gives each post what usualOf gives it', () => {
    const posts = Array.from({ length: 40 }, (_, i) => seenOld(`p${i}`, T + i * 3 * DAY, 10 + ((i * 7) % 13)));
    const all = usualOfAll(posts);
    for (const p of posts) expect(all.get(p.id)).toEqual(usualOf(p, posts));
    expect(all.size).toBeGreaterThan(30);
  });
});

describe('usualOfAll (the sliding window the dashboard uses)', () => {
  /** A seeded generator: the same rows every run. */
  const rng = (seed: number) => () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

  it('gives exactly the figures usualOf gives, post by post, on bursty posting with young posts, gaps, ties and missing followers', () => {
    const r = rng(7);
    const posts: UsualPost[] = [];
    let t = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 600; i++) {
      // Bursts of posts minutes apart, then gaps of up to 40 days.
      t += r() < 0.7 ? Math.floor(r() * 3 * H) : Math.floor(r() * 40 * DAY);
      const young = r() < 0.1;
      const seenAt = young ? Math.floor((0.5 + r() * 20) * H) : Math.floor((24 + r() * 200) * H);
      const e = Math.round(10 + r() * 90) * (r() < 0.03 ? 30 : 1); // a few breakouts; many ties
      const samples = young
        ? [
            { ageMs: Math.floor(seenAt / 2), engagement: Math.round(e / 3) },
            { ageMs: seenAt, engagement: e },
          ]
        : [];
      posts.push({
        id: `p${i}`,
        createdAt: t,
        ...(r() < 0.95 ? { followers: 1000 + Math.floor(r() * 50) } : {}),
        samples,
        ...(!young && r() < 0.7 ? { engagement24h: Math.round(e * 0.8) } : {}),
        latest: { ageMs: seenAt, engagement: e },
      });
    }
    const all = usualOfAll(posts);
    let compared = 0;
    for (const p of posts) {
      const one = usualOf(p, posts);
      expect(all.get(p.id)).toEqual(one);
      if (one) compared++;
    }
    expect(compared).toBeGreaterThan(400);
  });
});
