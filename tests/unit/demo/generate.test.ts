import { describe, expect, it } from 'vitest';
import { ROW_SCHEMAS } from '../../../lib/db/schema';
import { accountKey, postKey } from '../../../lib/db/keys';
import { usualPostsByAccount } from '../../../lib/insights/usual-rows';
import { engagementOf } from '../../../lib/metrics/engagement';
import { median } from '../../../lib/metrics/stats';
import { isBreakout, usualOfAll } from '../../../lib/metrics/usual';
import { DEMO_NOW, DEMO_TIME_ZONE, generateDemo } from '../../demo/generate';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const demo = generateDemo({ now: DEMO_NOW, timeZone: DEMO_TIME_ZONE });
const { tables, marks } = demo;
const watched = tables.accounts.filter((a) => a.role !== 'ignored');
const postsOf = (platform: string, handle: string) => tables.posts.filter((p) => p.platform === platform && p.authorKey === handle);
const followersOf = (platform: string, handle: string) =>
  tables.profileSnapshots.filter((s) => s.platform === platform && s.handle === handle).sort((a, b) => a.capturedAt - b.capturedAt);
const usual = (() => {
  const byAccount = usualPostsByAccount(tables.posts, tables.postSnapshots, tables.profileSnapshots);
  const out = new Map<string, ReturnType<typeof usualOfAll>>();
  for (const [k, posts] of byAccount) out.set(k, usualOfAll(posts));
  return out;
})();
const usualOf = (p: { platform: string; authorKey: string; postId: string }) =>
  usual.get(accountKey(p.platform, p.authorKey))?.get(p.postId);

describe('the demo database', () => {
  it('is made only of rows the schemas accept, and the same options give the same rows', () => {
    for (const [table, rows] of Object.entries(tables)) {
      const schema = ROW_SCHEMAS[table as keyof typeof ROW_SCHEMAS];
      for (const row of rows) expect(schema.safeParse(row).success, `${table} ${JSON.stringify(row).slice(0, 200)}`).toBe(true);
    }
    expect(JSON.stringify(generateDemo({ now: DEMO_NOW, timeZone: DEMO_TIME_ZONE }).tables)).toBe(JSON.stringify(tables));
    expect(new Set(tables.posts.map(postKey)).size).toBe(tables.posts.length);
    expect(new Set(tables.posts.map((p) => p.platform))).toEqual(new Set(['x', 'instagram', 'bluesky', 'youtube']));
  });

  it('is placed relative to the "now" it is given: nothing seen after it, nothing seen before it was posted', () => {
    for (const p of tables.posts) {
      expect(Date.parse(p.createdAt)).toBeLessThan(p.firstSeenAt);
      expect(p.lastSeenAt).toBeLessThanOrEqual(DEMO_NOW);
    }
    const later = generateDemo({ now: DEMO_NOW + 10 * DAY, timeZone: DEMO_TIME_ZONE });
    const newest = (t: typeof tables) => Math.max(...t.posts.map((p) => p.lastSeenAt));
    expect(newest(later.tables) - newest(tables)).toBeGreaterThan(9 * DAY);
  });

  it('has an own brand and competitors of very different scale, with engagement that falls with scale', () => {
    expect(watched.filter((a) => a.role === 'own').length).toBeGreaterThanOrEqual(1);
    const competitors = watched.filter((a) => a.role === 'competitor');
    expect(competitors.length).toBeGreaterThanOrEqual(4);
    expect(competitors.length).toBeLessThanOrEqual(6);
    const latest = competitors.map((a) => followersOf(a.platform, a.handle).at(-1)!.followers!);
    expect(Math.max(...latest)).toBeGreaterThan(2_000_000);
    expect(Math.min(...latest)).toBeLessThan(10_000);
    // Median ER by followers at 24 h or later: big accounts 0.05–0.5 %, small ones 1–5 %.
    for (const a of watched) {
      const ers = postsOf(a.platform, a.handle)
        .filter((p) => !p.repostOf && p.lastSeenAt - Date.parse(p.createdAt) >= DAY)
        .map((p) => engagementOf(p.platform, p.metrics)! / followersOf(a.platform, a.handle).at(-1)!.followers!);
      const m = median(ers)!;
      const f = followersOf(a.platform, a.handle).at(-1)!.followers!;
      if (f > 1_000_000) expect(m, a.handle).toBeGreaterThan(0.0005);
      if (f > 1_000_000) expect(m, a.handle).toBeLessThan(0.005);
      if (f < 15_000) expect(m, a.handle).toBeGreaterThan(0.01);
      if (f < 15_000) expect(m, a.handle).toBeLessThan(0.05);
    }
    // What browsing leaves behind: dozens of unwatched authors with a post or two each.
    const watchedKeys = new Set(watched.map((a) => accountKey(a.platform, a.handle)));
    const strays = new Map<string, number>();
    for (const p of tables.posts)
      if (!watchedKeys.has(accountKey(p.platform, p.authorKey))) strays.set(p.authorKey, (strays.get(p.authorKey) ?? 0) + 1);
    expect(strays.size).toBeGreaterThanOrEqual(24);
    expect(Math.max(...strays.values())).toBeLessThanOrEqual(2);
  });

  it('posts sparsely and in bursts: a burst of 5 in an afternoon then 10 quiet days, weekend gaps, a long gap, an account gone quiet', () => {
    const times = (a: (typeof watched)[number]) =>
      postsOf(a.platform, a.handle)
        .filter((p) => !p.repostOf)
        .map((p) => Date.parse(p.createdAt))
        .sort((x, y) => x - y);
    const bursty = watched.filter((a) => {
      const t = times(a);
      return t.some((start, i) => i + 4 < t.length && t[i + 4]! - start <= 5 * HOUR && (t[i + 5] ?? Infinity) - t[i + 4]! >= 10 * DAY);
    });
    expect(bursty.map((a) => a.handle)).toContain('brewlab_id');
    const longestGap = (a: (typeof watched)[number]) => Math.max(...times(a).map((t, i, all) => (i ? t - all[i - 1]! : 0)));
    expect(watched.some((a) => longestGap(a) >= 20 * DAY && times(a).at(-1)! > DEMO_NOW - 10 * DAY)).toBe(true);
    const weekendGaps = watched.filter(
      (a) => times(a).length > 20 && times(a).every((t) => ![0, 6].includes(new Date(t + 7 * HOUR).getUTCDay())),
    );
    expect(weekendGaps.length).toBeGreaterThanOrEqual(2);
    const quiet = postsOf('x', 'kopi_b');
    expect(quiet.length).toBe(5);
    expect(quiet.every((p) => Date.parse(p.createdAt) < DEMO_NOW - 31 * DAY)).toBe(true);
  });

  it('samples posts as capture does: most once or twice days later, some young and often, counters only growing', () => {
    const snaps = new Map<string, typeof tables.postSnapshots>();
    for (const s of tables.postSnapshots) snaps.set(postKey(s), [...(snaps.get(postKey(s)) ?? []), s]);
    const counts = tables.posts.filter((p) => !p.repostOf).map((p) => snaps.get(postKey(p))?.length ?? 0);
    expect(counts.filter((n) => n <= 2).length / counts.length).toBeGreaterThan(0.6);
    const young = tables.posts.filter((p) => {
      const ages = (snaps.get(postKey(p)) ?? []).map((s) => (s.capturedAt - Date.parse(p.createdAt)) / HOUR);
      return [1, 3, 6, 26].every((h) => ages.some((a) => Math.abs(a - h) < 0.5));
    });
    expect(young.length).toBeGreaterThan(30);
    for (const series of snaps.values())
      for (let i = 1; i < series.length; i++)
        for (const [k, v] of Object.entries(series[i]!.metrics))
          expect(v).toBeGreaterThanOrEqual((series[i - 1]!.metrics as Record<string, number>)[k]!);
    // Views only where the platform has them; abbreviated counters marked as such.
    for (const p of tables.posts) if (p.metrics.views !== undefined) expect(['x', 'youtube']).toContain(p.platform);
    expect(tables.posts.filter((p) => p.approximate?.length).length).toBeGreaterThan(3);
    expect(tables.posts.some((p) => p.createdAtPrecision === 'day')).toBe(true);
    // Reposts point at a stored post and carry no counters of their own; quotes exist.
    const reposts = tables.posts.filter((p) => p.repostOf);
    expect(reposts.length).toBeGreaterThan(0);
    for (const rp of reposts) {
      expect(tables.posts.some((p) => p.postId === rp.repostOf)).toBe(true);
      expect(rp.metrics).toEqual({});
    }
    expect(tables.posts.some((p) => p.quoteOf && tables.posts.some((q) => q.postId === p.quoteOf))).toBe(true);
  });

  it('has a competitor breakout (≥ 5× its usual at the same age, ≥ 5 peers) and a good post of the brand, by the one rule', () => {
    const b = usualOf(marks.breakout)!;
    expect(b.ratio).toBeGreaterThanOrEqual(5);
    expect(b.peers).toBeGreaterThanOrEqual(5);
    expect(isBreakout(b)).toBe(true);
    expect(tables.accounts.find((a) => a.handle === marks.breakout.authorKey)?.role).toBe('competitor');
    const own = usualOf(marks.ownHit)!;
    expect(own.ratio).toBeGreaterThanOrEqual(2);
    expect(tables.accounts.find((a) => a.platform === 'x' && a.handle === marks.ownHit.authorKey)?.role).toBe('own');
    // Comparisons at a young age exist too: a post last seen hours old is compared with its peers at that age.
    const youngCompared = [...usual.values()].flatMap((m) => [...m.values()]).filter((u) => u.ageMs < 12 * HOUR);
    expect(youngCompared.length).toBeGreaterThanOrEqual(1);
  });

  it('has follower growth, a flat account and one losing followers', () => {
    const delta = (platform: string, handle: string) => {
      const s = followersOf(platform, handle);
      const monthAgo = s.filter((x) => x.capturedAt <= DEMO_NOW - 30 * DAY).at(-1)!;
      return s.at(-1)!.followers! - monthAgo.followers!;
    };
    expect(delta('instagram', 'senja.roastery')).toBe(4_547);
    expect(delta('youtube', 'ngopidirumah')).toBeLessThan(0);
    expect(Math.abs(delta('bluesky', 'warungteh.bsky.social'))).toBeLessThan(20);
    // A few samples a week, not one a day.
    const perWeek = followersOf('x', 'kopiraya').filter((s) => s.capturedAt > DEMO_NOW - 28 * DAY).length / 4;
    expect(perWeek).toBeGreaterThan(1);
    expect(perWeek).toBeLessThan(6);
  });

  it('has the hostile text (50,000 characters, no spaces) and drafts for every calendar state', () => {
    expect(marks.hostile.text.length).toBe(50_000);
    expect(/\s/.test(marks.hostile.text)).toBe(false);
    expect(new Set(tables.drafts.map((d) => d.status))).toEqual(new Set(['draft', 'scheduled', 'due', 'missed', 'posted']));
    expect(tables.drafts.find((d) => d.status === 'posted')?.delivery?.x?.postId).toBe(marks.ownHit.postId);
  });
});
