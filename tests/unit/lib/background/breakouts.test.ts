import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkBreakouts } from '@/lib/background/breakouts';
import { setAccountRole } from '@/lib/db/accounts';
import { ingestBatch } from '@/lib/db/ingest';
import { breakoutZ } from '@/lib/metrics/breakout';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const H = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 12);

describe('breakoutZ', () => {
  const peer = (e6h: number) => ({
    samples: [
      { ageMs: 0, engagement: 0 },
      { ageMs: 12 * H, engagement: 2 * e6h },
    ],
    followers: 1000,
  });
  it('compares at the same age: peers at 6 h have 10..14 engagement (ER 1.0–1.4 %)', () => {
    const peers = [10, 11, 12, 13, 14].map(peer);
    // median 1.2 %, MAD 0.1 % → z of 5 % = (0.05 − 0.012) / (1.4826 × 0.001)
    expect(breakoutZ(0.05, 6 * H, peers)).toBeCloseTo((0.05 - 0.012) / (1.4826 * 0.001), 6);
  });
  it('says nothing with fewer than 5 comparable peers, or peers not seen at that age', () => {
    expect(breakoutZ(0.05, 6 * H, [10, 11, 12, 13].map(peer))).toBeUndefined();
    expect(breakoutZ(0.05, 48 * H, [10, 11, 12, 13, 14].map(peer))).toBeUndefined();
  });
});

/** A watched competitor with five earlier posts, each seen at 0 h and 12 h of age, with 10–14 engagement at 6 h. */
async function seedCompetitorWithPeers(db: ReturnType<typeof freshDb>) {
  await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'competitor' }, NOW);
  for (let i = 0; i < 5; i++) {
    const created = NOW - (10 - i) * 24 * H;
    const p = (likes: number) =>
      capturedPost(`old${i}`, { createdAt: new Date(created).toISOString(), metrics: { likes }, authorFollowers: 1000 });
    await ingestBatch(db, batch([p(0)], created), created);
    await ingestBatch(db, batch([p(2 * (10 + i))], created + 12 * H), created + 12 * H);
  }
}

describe('checkBreakouts', () => {
  let notify: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
    notify = vi.fn(async (id: string) => id);
    fakeBrowser.notifications.create = notify as unknown as typeof fakeBrowser.notifications.create;
  });

  it('alerts at most 3 times a day per account, however many of its posts break out (a third party cannot flood the user)', async () => {
    const db = freshDb();
    await seedCompetitorWithPeers(db);
    const burst = Array.from({ length: 5 }, (_, i) =>
      capturedPost(`burst${i}`, { createdAt: new Date(NOW - 6 * H).toISOString(), metrics: { likes: 50 + i }, authorFollowers: 1000 }),
    );
    await ingestBatch(db, batch(burst, NOW), NOW);
    expect(await checkBreakouts(db, burst, NOW)).toHaveLength(3);
    expect(notify).toHaveBeenCalledTimes(3);
    // The two over the limit are marked, not notified later either.
    expect(await checkBreakouts(db, burst, NOW + H)).toEqual([]);
    expect(notify).toHaveBeenCalledTimes(3);
  });

  it("alerts once for a watched competitor's post far above its usual pace", async () => {
    const db = freshDb();
    await seedCompetitorWithPeers(db);
    const fresh = capturedPost('new', { createdAt: new Date(NOW - 6 * H).toISOString(), metrics: { likes: 50 }, authorFollowers: 1000 });
    await ingestBatch(db, batch([fresh], NOW), NOW);
    expect(await checkBreakouts(db, [fresh], NOW)).toEqual(['new']);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify.mock.calls[0]![0]).toBe('breakout:x:new');
    // Never twice for the same post.
    expect(await checkBreakouts(db, [fresh], NOW + H)).toEqual([]);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('does not alert for authors who are not watched competitors', async () => {
    const db = freshDb();
    const fresh = capturedPost('new', { createdAt: new Date(NOW - 6 * H).toISOString(), metrics: { likes: 50 }, authorFollowers: 1000 });
    await ingestBatch(db, batch([fresh], NOW), NOW);
    expect(await checkBreakouts(db, [fresh], NOW)).toEqual([]);
    expect(notify).not.toHaveBeenCalled();
  });
});
