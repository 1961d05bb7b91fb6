import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleGetBadges } from '@/lib/background/badge-data';
import { checkBreakouts } from '@/lib/background/breakouts';
import { setAccountRole } from '@/lib/db/accounts';
import { ingestBatch } from '@/lib/db/ingest';
import { contextInsights } from '@/lib/insights/context';
import { dashboardFor } from '@/lib/insights/dashboard';
import { lastDays } from '@/lib/insights/period';
import { postDetail } from '@/lib/insights/post-detail';
import { isBreakout } from '@/lib/metrics/usual';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const H = 3_600_000;
const DAY = 24 * H;
const NOW = Date.UTC(2026, 10, 23, 12);
const TZ = 'Asia/Jakarta';
const fromX = { id: 'ext', tab: { id: 1, url: 'https://x.com/KopiKita' } };

/**
 * A competitor as capture sees one: twelve posts over six weeks, most seen once days later, five
 * seen young (at 1 h and again at 30 h), follower samples growing; then one post seen at 6 h that
 * runs far ahead, and one old post seen now.
 */
async function seeded() {
  const db = freshDb();
  await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'competitor' }, NOW - 50 * DAY);
  const post = (id: string, created: number, likes: number, followers: number) =>
    capturedPost(id, { createdAt: new Date(created).toISOString(), metrics: { likes, replies: 1 }, authorFollowers: followers });
  for (let i = 0; i < 12; i++) {
    const created = NOW - (45 - i * 3) * DAY - i * 2 * H;
    const followers = 10_000 + i * 150;
    const likes = 40 + ((i * 17) % 23);
    if (i % 2) {
      await ingestBatch(db, batch([post(`p${i}`, created, Math.round(likes / 8), followers)], created + H), created + H);
      await ingestBatch(db, batch([post(`p${i}`, created, likes, followers)], created + 30 * H), created + 30 * H);
    } else await ingestBatch(db, batch([post(`p${i}`, created, likes, followers)], created + 4 * DAY), created + 4 * DAY);
  }
  await ingestBatch(db, batch([post('hot', NOW - 6 * H, 400, 11_900), post('old', NOW - 10 * DAY, 52, 11_800)], NOW), NOW);
  return db;
}

describe('"× its usual" is one number everywhere', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
    fakeBrowser.notifications.create = vi.fn(async (id: string) => id) as unknown as typeof fakeBrowser.notifications.create;
  });

  it('the badge, the context card, the dashboard list, the post detail and the alert agree, for a young post and an old one', async () => {
    const db = await seeded();
    const badges = new Map(
      (await handleGetBadges({ platform: 'x', postIds: ['hot', 'old'] }, fromX, db, true, undefined, NOW)).map((b) => [b.postId, b]),
    );
    const dash = await dashboardFor(db, { platforms: ['x'], period: lastDays(30, NOW, TZ), timeZone: TZ, scope: 'all', platform: 'x' });
    const listed = new Map(dash.insights!.posts.map((p) => [p.post.postId, p]));
    for (const id of ['hot', 'old']) {
      const context = await contextInsights(db, { platform: 'x', handle: 'kopikita', postId: id, now: NOW, timeZone: TZ });
      const fromList = listed.get(id)!.usual!;
      expect(fromList.peers).toBeGreaterThanOrEqual(5);
      expect(badges.get(id)!.timesUsual).toBeCloseTo(fromList.ratio, 12);
      expect(context.current!.usual!.ratio).toBeCloseTo(fromList.ratio, 12);
      expect(context.current!.usual!.ageMs).toBe(fromList.ageMs);
      expect((await postDetail(db, { platform: 'x', postId: id }))!.usual.usual!.ratio).toBeCloseTo(fromList.ratio, 12);
    }
    // The young post is compared at 6 h with the five posts seen young; the old one at 24 h.
    expect(listed.get('hot')!.usual!.ageMs).toBe(6 * H);
    expect(listed.get('hot')!.usual!.peers).toBe(6);
    expect(listed.get('old')!.usual!.ageMs).toBe(24 * H);
    // The alert fires exactly for what the list calls a breakout, and the list shows it as one.
    const hot = listed.get('hot')!;
    expect(isBreakout(hot.usual)).toBe(true);
    expect(dash.insights!.breakouts.map((p) => p.post.postId)).toEqual(['hot']);
    expect(await checkBreakouts(db, [capturedPost('hot'), capturedPost('old')], NOW)).toEqual(['hot']);
  });
});
