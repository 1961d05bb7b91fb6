import { describe, expect, it } from 'vitest';
import type { PostRow, ProfileSnapshotRow } from '@/lib/db/schema';
import { computeInsights } from '@/lib/insights/compute';
import { loadInsightRows } from '@/lib/insights/load';
import { addLocalDays, dateRange, lastDays, localDateInput, startOfLocalDay, weekBuckets } from '@/lib/insights/period';
import { seedDataset } from '../../../fixtures/seed';
import { freshDb } from '../../../helpers/db';

const H = 3_600_000;
const DAY = 24 * H;
const iso = (ms: number) => new Date(ms).toISOString();

describe('whole local days', () => {
  it('finds local midnight in zones east and west of UTC', () => {
    const at = Date.parse('2026-12-02T00:30:00Z');
    expect(iso(startOfLocalDay(at, 'UTC'))).toBe('2026-12-02T00:00:00.000Z');
    // 07:30 in Jakarta (UTC+7) on the 2nd; 14:30 in Kiritimati (UTC+14); 16:30 on the 1st in Los Angeles.
    expect(iso(startOfLocalDay(at, 'Asia/Jakarta'))).toBe('2026-12-01T17:00:00.000Z');
    expect(iso(startOfLocalDay(at, 'Pacific/Kiritimati'))).toBe('2026-12-01T10:00:00.000Z');
    expect(iso(startOfLocalDay(at, 'America/Los_Angeles'))).toBe('2026-12-01T08:00:00.000Z');
    expect(iso(startOfLocalDay(at, 'Asia/Kathmandu'))).toBe('2026-12-01T18:15:00.000Z'); // UTC+5:45
    expect(localDateInput(at, 'America/Los_Angeles')).toBe('2026-12-01');
    expect(localDateInput(at, 'Pacific/Kiritimati')).toBe('2026-12-02');
  });

  it('counts days, not 24-hour steps, across a daylight-saving change', () => {
    // Berlin moves its clocks forward on 29 March 2026: that day has 23 hours.
    const sat = Date.parse('2026-03-28T12:00:00Z');
    const sun = addLocalDays(sat, 1, 'Europe/Berlin');
    const mon = addLocalDays(sat, 2, 'Europe/Berlin');
    expect(iso(sun)).toBe('2026-03-28T23:00:00.000Z');
    expect(mon - sun).toBe(23 * H);
    expect(iso(mon)).toBe('2026-03-29T22:00:00.000Z');
    const week = lastDays(7, Date.parse('2026-03-31T10:00:00Z'), 'Europe/Berlin');
    expect(iso(week.from)).toBe('2026-03-24T23:00:00.000Z');
    expect(iso(week.to + 1)).toBe('2026-03-31T22:00:00.000Z');
    expect(weekBuckets(week, 'Europe/Berlin')).toEqual([{ start: week.from, days: 7 }]);
  });

  it('is the same period at every hour of a day, and moves at midnight', () => {
    for (const timeZone of ['UTC', 'Asia/Jakarta', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      const day = startOfLocalDay(Date.parse('2026-12-02T12:00:00Z'), timeZone);
      const periods = [0.5, 6, 12, 19.5, 23.99].map((h) => lastDays(30, day + h * H, timeZone));
      for (const p of periods) expect(p).toEqual(periods[0]);
      expect(periods[0]!.to - periods[0]!.from + 1).toBe(30 * DAY);
      expect(lastDays(30, day + 24 * H, timeZone).from).toBe(periods[0]!.from + DAY);
    }
  });

  it('buckets weeks back from the last day, so only the oldest can be short, and says so', () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect(weekBuckets(lastDays(30, now, 'UTC'), 'UTC').map((b) => b.days)).toEqual([2, 7, 7, 7, 7]);
    expect(weekBuckets(lastDays(7, now, 'UTC'), 'UTC').map((b) => b.days)).toEqual([7]);
    expect(weekBuckets(lastDays(90, now, 'UTC'), 'UTC').map((b) => b.days)).toEqual([6, ...Array(12).fill(7)]);
    const b = weekBuckets(lastDays(30, now, 'UTC'), 'UTC');
    expect(iso(b[4]!.start)).toBe('2026-11-26T00:00:00.000Z'); // the newest week: 26 Nov – 2 Dec
    expect(iso(b[0]!.start)).toBe('2026-11-03T00:00:00.000Z');
  });

  it('reads a custom range as local dates, both included, and refuses one that ends before it starts', () => {
    const r = dateRange('2026-11-01', '2026-11-30', 'Asia/Jakarta')!;
    expect(iso(r.from)).toBe('2026-10-31T17:00:00.000Z');
    expect(iso(r.to + 1)).toBe('2026-11-30T17:00:00.000Z');
    expect(dateRange('2026-11-05', '2026-11-05', 'UTC')).toBeDefined();
    expect(dateRange('2030-01-01', '2026-11-30', 'UTC')).toBeUndefined();
    expect(dateRange('', '2026-11-30', 'UTC')).toBeUndefined();
  });
});

describe('the dashboard numbers do not depend on the hour they are computed at', () => {
  // The E2E seed, computed for every hour and zone the clock sweep uses: the same numbers each time.
  const hours = ['00:30', '06:00', '12:00', '19:30', '23:59'];
  for (const timeZone of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
    it(`in ${timeZone}`, async () => {
      const results = [];
      for (const hm of hours) {
        // That wall-clock time on 2 December 2026, in the zone.
        const [hh, mm] = hm.split(':').map(Number) as [number, number];
        const now = startOfLocalDay(Date.parse('2026-12-02T12:00:00Z'), timeZone) + hh * H + mm * 60_000;
        const seed = seedDataset(now, timeZone);
        const db = freshDb();
        await db.posts.bulkAdd(seed.posts as PostRow[]);
        await db.profileSnapshots.bulkAdd(seed.profileSnapshots as ProfileSnapshotRow[]);
        const period = lastDays(30, now, timeZone);
        const rows = await loadInsightRows(
          db,
          { platform: 'x', accounts: ['kopi_a', 'kopi_b', 'kopi_c'], ...period },
          { snapshots: false },
        );
        const r = computeInsights({ ...rows, ...period, now: period.to, timeZone });
        const week = lastDays(7, now, timeZone);
        results.push({
          posts: r.posts.length,
          cadence: r.cadence.postsPerWeek,
          er: r.er,
          perWeek: r.postsPerWeek.map((w) => [w.days, w.posts]),
          best: r.best.map((c) => c.hour),
          kopiAInWeek: r.posts.filter((p) => p.post.authorKey === 'kopi_a' && p.createdAt >= week.from).length,
        });
        db.close();
      }
      expect(results[0]).toMatchObject({ posts: 30, cadence: 7, kopiAInWeek: 5 });
      expect(results[0]!.er).toBeCloseTo(2000 / 300_000, 10);
      expect(results[0]!.best[0]).toBe(9); // kopi_a's 09:00, in local time
      for (const r of results) expect(r).toEqual(results[0]);
    });
  }
});
