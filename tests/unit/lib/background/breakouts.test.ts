import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkBreakouts } from '@/lib/background/breakouts';
import { setAccountRole } from '@/lib/db/accounts';
import { ingestBatch } from '@/lib/db/ingest';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const H = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 12);

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
