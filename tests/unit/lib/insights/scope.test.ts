import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../helpers/db';
import { postRow, snapRow } from '../../../helpers/rows';
import type { AccountRow, ProfileSnapshotRow } from '@/lib/db/schema';
import { slotOf } from '@/lib/metrics/best-time';
import { contextInsights } from '@/lib/insights/context';
import { dashboardFor, scopedHandles } from '@/lib/insights/dashboard';
import { lastDays } from '@/lib/insights/period';
import { insightsFor, localTimeZone } from '@/lib/insights/scope';
import { suggestedSlotsFor } from '@/lib/insights/suggested';
import type { PlatformId } from '@/lib/platforms/types';

const H = 3_600_000;
const DAY = 24 * H;
// 12:00 in Jakarta (UTC+7) on 24 November 2026.
const NOW = Date.UTC(2026, 10, 24, 5);
const JKT = 'Asia/Jakarta';

const post = postRow;
const followers = (handle: string, platform: PlatformId = 'x'): ProfileSnapshotRow => ({
  platform,
  handle,
  capturedAt: NOW - 200 * DAY,
  followers: 1000,
});
const account = (platform: PlatformId, handle: string, group?: string): AccountRow => ({
  platform,
  handle,
  displayHandle: handle,
  role: 'competitor',
  addedAt: NOW,
  ...(group ? { group } : {}),
});
const snap = snapRow;

describe('insightsFor', () => {
  it("counts whole local days: today's first half hour is in, the evening before is out (a rolling day would swap them)", async () => {
    const db = freshDb();
    await db.posts.bulkPut([
      post('early', 'kopi_a', Date.UTC(2026, 10, 23, 17, 30)), // 00:30 on the 24th in Jakarta
      post('eve', 'kopi_a', Date.UTC(2026, 10, 23, 16, 30)), // 23:30 on the 23rd in Jakarta, 12.5 h before NOW
    ]);
    const { insights } = await insightsFor(db, { platform: 'x', accounts: ['kopi_a'], period: lastDays(1, NOW, JKT), timeZone: JKT });
    expect(insights.posts.map((p) => p.post.postId)).toEqual(['early']);
  });

  it("uses the user's engagement counters, and keeps to the scope's accounts and platform", async () => {
    const db = freshDb();
    await db.posts.bulkPut([
      post('a', 'kopi_a', NOW - 2 * DAY),
      post('b', 'kopi_b', NOW - 2 * DAY),
      post('c', 'kopi_a', NOW - 2 * DAY, { platform: 'bluesky' }),
    ]);
    const scope = { platform: 'x' as const, accounts: ['kopi_a'], period: lastDays(30, NOW, JKT), timeZone: JKT };
    const likesOnly = await insightsFor(db, { ...scope, counters: { x: ['likes'] } });
    expect(likesOnly.insights.posts.map((p) => [p.post.postId, p.engagement])).toEqual([['a', 10]]);
    const byDefault = await insightsFor(db, scope);
    expect(byDefault.insights.posts[0]!.engagement).toBeGreaterThan(10);
  });

  it('returns the history it read; without history, only what young posts are compared on', async () => {
    const db = freshDb();
    await db.posts.put(post('a', 'kopi_a', NOW - 2 * DAY, { firstSeenAt: NOW - 2 * DAY + H, lastSeenAt: NOW - DAY }));
    await db.postSnapshots.bulkPut([snap('a', NOW - 2 * DAY + H, 1), snap('a', NOW - DAY, 9)]);
    const scope = { platform: 'x' as const, accounts: ['kopi_a'], period: lastDays(7, NOW, JKT), timeZone: JKT };
    expect((await insightsFor(db, scope)).rows.snapshots).toHaveLength(2);
    // No post is younger than a day: the rows' 24 h rollups are enough.
    expect((await insightsFor(db, scope, { snapshots: false })).rows.snapshots).toEqual([]);
    // A post seen at 2 h: post a, first seen at 1 h, is compared at 2 h from its history.
    await db.posts.put(post('b', 'kopi_a', NOW - 3 * H, { firstSeenAt: NOW - H, lastSeenAt: NOW - H }));
    expect((await insightsFor(db, scope, { snapshots: false })).rows.snapshots).toHaveLength(2);
  });
});

describe('dashboardFor', () => {
  const seed = async () => {
    const db = freshDb();
    await db.accounts.bulkPut([account('x', 'kopi_a', 'kopi'), account('x', 'kopi_b'), account('bluesky', 'bb')]);
    await db.posts.bulkPut([
      post('a1', 'kopi_a', NOW - DAY),
      post('b1', 'kopi_b', NOW - DAY),
      post('z1', 'bb', NOW - DAY, { platform: 'bluesky', url: 'https://bsky.app/profile/bb/post/z1' }),
    ]);
    await db.profileSnapshots.bulkPut([followers('kopi_a'), followers('kopi_b'), followers('bb', 'bluesky')]);
    return db;
  };
  const base = { platforms: ['x', 'bluesky'] as PlatformId[], period: lastDays(30, NOW, JKT), timeZone: JKT };

  it('opens on the account of the active tab', async () => {
    const d = await dashboardFor(await seed(), { ...base, initialAccount: { platform: 'bluesky', handle: 'bb' } });
    expect([d.platform, d.scope, d.accounts.length]).toEqual(['bluesky', 'acct:bb', 3]);
    expect(d.insights?.posts.map((p) => p.post.postId)).toEqual(['z1']);
  });

  it('reads a group, or everyone on the picked platform', async () => {
    const db = await seed();
    const group = await dashboardFor(db, { ...base, platform: 'x', scope: 'group:kopi' });
    expect(group.insights?.posts.map((p) => p.post.postId)).toEqual(['a1']);
    const all = await dashboardFor(db, { ...base, platform: 'x', initialAccount: { platform: 'bluesky', handle: 'bb' } });
    expect(all.scope).toBe('all');
    expect(all.insights?.posts.map((p) => p.post.postId).sort()).toEqual(['a1', 'b1']);
  });

  it('has no insights without a valid period, and no platform without accounts or a platform seen', async () => {
    const db = await seed();
    const noPeriod = await dashboardFor(db, { ...base, platform: 'x', period: undefined });
    expect(noPeriod).toMatchObject({ platform: 'x', scope: 'all' });
    expect(noPeriod.insights).toBeUndefined();
    expect(await dashboardFor(freshDb(), { ...base, platforms: [] })).toEqual({ accounts: [] });
    expect((await dashboardFor(freshDb(), base)).platform).toBe('x');
  });

  it('names the handles of a scope', () => {
    const accounts = [account('x', 'a', 'g'), account('x', 'b'), account('bluesky', 'c', 'g')];
    expect(scopedHandles(accounts, 'x', 'group:g')).toEqual(['a']);
    expect(scopedHandles(accounts, 'x', 'all')).toEqual(['a', 'b']);
    expect(scopedHandles(accounts, 'x', 'acct:zz')).toEqual(['zz']);
  });
});

describe('contextInsights', () => {
  it('summarises 90 whole local days and says how the open post stands and runs', async () => {
    const db = freshDb();
    const olds = [1, 2, 3].map((i) => NOW - i * DAY);
    await db.posts.bulkPut([
      post('new', 'kopi_a', NOW - 3 * H),
      ...olds.map((t, i) => post(`old${i}`, 'kopi_a', t)),
      // 90 × 24 h ago plus six hours: inside a rolling 90-day window, before the first of 90 local days.
      post('edge', 'kopi_a', NOW - 90 * DAY + 6 * H),
    ]);
    await db.postSnapshots.bulkPut([
      snap('new', NOW - 2 * H, 10),
      snap('new', NOW, 60),
      ...olds.flatMap((t, i) => [snap(`old${i}`, t, 0), snap(`old${i}`, t + 6 * H, 60)]),
    ]);
    await db.profileSnapshots.put(followers('kopi_a'));
    const c = await contextInsights(db, {
      platform: 'x',
      handle: 'kopi_a',
      postId: 'new',
      now: NOW,
      timeZone: JKT,
      counters: { x: ['likes'] },
    });
    expect(c.insights.posts.map((p) => p.post.postId)).not.toContain('edge');
    expect(c.insights.posts).toHaveLength(4);
    expect(c.pace).toEqual({ ageHours: 3, ratio: 2, ahead: true });
    expect(c.current?.percentile).toBeDefined();
    const plain = await contextInsights(db, { platform: 'x', handle: 'kopi_a', now: NOW, timeZone: JKT });
    expect([plain.pace, plain.current]).toEqual([undefined, undefined]);
  });
});

describe('suggestedSlotsFor', () => {
  const tz = localTimeZone(); // the queue planner works in local time
  it('suggests nothing without a platform that has watched accounts', async () => {
    const db = freshDb();
    expect(await suggestedSlotsFor(db, ['mastodon'], { now: NOW, timeZone: tz })).toEqual([]);
    expect(await suggestedSlotsFor(db, ['x'], { now: NOW, timeZone: tz })).toEqual([]);
  });

  it("suggests the next time of the watched accounts' best slot", async () => {
    const db = freshDb();
    await db.accounts.put(account('x', 'kopi_a'));
    const at = [7, 14, 21].map((d) => NOW - d * DAY);
    await db.posts.bulkPut(at.map((t, i) => post(`p${i}`, 'kopi_a', t)));
    await db.profileSnapshots.put(followers('kopi_a'));
    const slots = await suggestedSlotsFor(db, ['mastodon', 'x'], { now: NOW, timeZone: tz });
    expect(slots).toHaveLength(1);
    expect(slots[0]).toBeGreaterThan(NOW);
    expect(slotOf(slots[0]!, tz)).toEqual(slotOf(NOW, tz));
  });
});
