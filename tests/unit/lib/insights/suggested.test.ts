import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { slotReason } from '@/components/composer/best-times';
import type { AccountRow } from '@/lib/db/schema';
import { bestTimesFor, spreadSlots } from '@/lib/insights/suggested';
import { localTimeZone } from '@/lib/insights/scope';
import { slotOf, type GridCell } from '@/lib/metrics/best-time';
import type { PlatformId } from '@/lib/platforms/types';
import { useCatalog } from '../../../helpers/catalog';
import { freshDb } from '../../../helpers/db';
import { postRow } from '../../../helpers/rows';

const H = 3_600_000;
const DAY = 24 * H;
// Tuesday 24 November 2026, 05:00 UTC (the unit suite's local zone is UTC or UTC+14).
const NOW = Date.UTC(2026, 10, 24, 5);

/** A grid with these cells' ERs (weekday, hour, er); the rest without data. */
const grid = (cells: Array<[number, number, number]>): GridCell[] =>
  Array.from({ length: 168 }, (_, i) => {
    const hit = cells.find(([w, h]) => w * 24 + h === i);
    return { weekday: Math.floor(i / 24), hour: i % 24, posts: hit ? 4 : 0, ...(hit ? { er: hit[2] } : {}) };
  });
const local = (ms: number) => ({ weekday: new Date(ms).getDay(), hour: new Date(ms).getHours() });

describe('best-time suggestions: spread over days and hours, in date order', () => {
  it('skips a cell on a day or next to an hour already suggested, while others are left, and orders by date', () => {
    // The three best cells are all Thursday mornings: one Thursday is suggested, then the next-best other days.
    const cells: Array<[number, number, number]> = [
      [4, 9, 0.05],
      [4, 10, 0.049],
      [4, 11, 0.048],
      [1, 9, 0.03], // Monday 09: a day apart, but the same hour as Thursday 09
      [6, 19, 0.02],
      [2, 14, 0.01],
    ];
    const slots = spreadSlots(grid(cells), NOW, 3);
    const key = (s: { weekday: number; hour: number }) => `${s.weekday}@${s.hour}`;
    expect(slots.map(key).sort()).toEqual(['2@14', '4@9', '6@19']);
    // In date order, each the next time its cell comes round, on the hour.
    expect(slots.map((s) => s.at)).toEqual([...slots.map((s) => s.at)].sort((a, b) => a - b));
    for (const s of slots) {
      expect(s.at).toBeGreaterThan(NOW);
      expect(s.at - NOW).toBeLessThanOrEqual(7 * DAY);
      expect(local(s.at)).toEqual({ weekday: s.weekday, hour: s.hour });
    }
  });

  it('with too few distinct days, fills up with the best of the rest rather than suggesting fewer', () => {
    const slots = spreadSlots(
      grid([
        [3, 8, 0.04],
        [3, 20, 0.03],
        [3, 9, 0.02],
      ]),
      NOW,
      3,
    );
    expect(slots.map((s) => s.hour).sort((a, b) => a - b)).toEqual([8, 9, 20]);
    expect(slots.map((s) => s.at)).toEqual([...slots.map((s) => s.at)].sort((a, b) => a - b));
  });

  it('suggests nothing from a grid without data', () => {
    expect(spreadSlots(grid([]), NOW)).toEqual([]);
  });
});

describe('best times per target platform', () => {
  const tz = localTimeZone();
  const account = (platform: PlatformId, handle: string, role: AccountRow['role'] = 'competitor'): AccountRow => ({
    platform,
    handle,
    displayHandle: handle,
    role,
    addedAt: NOW,
  });
  beforeEach(() => {
    fakeBrowser.reset();
    useCatalog('en');
  });

  it("each platform's times come from its own watched accounts, with the reason; no data says what is needed", async () => {
    const db = freshDb();
    await db.accounts.bulkPut([account('x', 'kopi_a'), account('bluesky', 'kopi.bsky.social', 'own')]);
    // X posts on this weekday and hour, three weeks running; Bluesky has one post only.
    const at = [7, 14, 21].map((d) => NOW - d * DAY);
    await db.posts.bulkPut(at.map((t, i) => postRow(`p${i}`, 'kopi_a', t)));
    await db.posts.put(postRow('b1', 'kopi.bsky.social', NOW - 3 * DAY, { platform: 'bluesky', url: 'https://bsky.app/x' }));
    await db.profileSnapshots.bulkPut([
      { platform: 'x', handle: 'kopi_a', capturedAt: NOW - 200 * DAY, followers: 1000 },
      { platform: 'bluesky', handle: 'kopi.bsky.social', capturedAt: NOW - 200 * DAY, followers: 500 },
    ]);
    const best = await bestTimesFor(db, ['bluesky', 'x', 'linkedin', 'mastodon'], { now: NOW, timeZone: tz });
    expect(best.map((b) => b.target)).toEqual(['bluesky', 'x', 'linkedin', 'mastodon']);
    expect(best[0]).toEqual({ target: 'bluesky', slots: [], missing: 'notEnough', posts: 1 });
    expect(best[2]).toMatchObject({ target: 'linkedin', missing: 'noWatched' });
    expect(best[3]).toMatchObject({ target: 'mastodon', missing: 'notCaptured' });
    const x = best[1]!;
    expect('basis' in x && x.basis).toBe('competitor');
    expect(x.slots).toHaveLength(1);
    const slot = x.slots[0]!;
    expect(slotOf(slot.at, tz)).toEqual(slotOf(NOW, tz));
    expect(slot.posts).toBe(3);
    // 15 engagements over 1,000 followers on each post: a median ER of 1.5 %.
    expect(slotReason(slot, 'competitor', 'en')).toBe(
      `${new Intl.DateTimeFormat('en', { weekday: 'short' }).format(slot.at)} ${String(slot.hour).padStart(2, '0')}:00: median ER 1.5% over 3 competitor posts`,
    );
    useCatalog('id');
    expect(slotReason(slot, 'own', 'id')).toMatch(/^\S+ \d\d:00: ER median 1,5% dari 3 postingan Anda$/);
  });
});
