import { describe, expect, it } from 'vitest';
import { setAccountRole } from '@/lib/db/accounts';
import { ingestBatch } from '@/lib/db/ingest';
import { contextInsights } from '@/lib/insights/context';
import { dashboardFor } from '@/lib/insights/dashboard';
import { lastDays } from '@/lib/insights/period';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);
const TZ = 'Asia/Jakarta';

describe('why the dashboard is empty', () => {
  it('says, per watched account, how many posts it has in all and when the newest was, instead of "capture more"', async () => {
    const db = freshDb();
    await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'competitor' }, NOW - 90 * DAY);
    await setAccountRole(db, { platform: 'x', handle: 'TehKita', role: 'competitor' }, NOW - 90 * DAY);
    // Five posts of @KopiKita, 40–80 days old; nothing at all of @TehKita.
    const posts = [40, 50, 60, 70, 80].map((d) => capturedPost(`k${d}`, { createdAt: new Date(NOW - d * DAY).toISOString() }));
    await ingestBatch(db, batch(posts, NOW - DAY), NOW - DAY);
    const dash = await dashboardFor(db, { platforms: ['x'], period: lastDays(30, NOW, TZ), timeZone: TZ, scope: 'all', platform: 'x' });
    expect(dash.insights!.posts).toHaveLength(0);
    const why = new Map(dash.why!.map((w) => [w.handle, w]));
    expect(why.get('kopikita')).toMatchObject({ account: 'KopiKita', total: 5, newest: NOW - 40 * DAY, first: NOW - 80 * DAY });
    expect(why.get('tehkita')).toEqual({ handle: 'tehkita', account: 'TehKita', total: 0 });
  });

  it('is not worked out when the period has enough posts', async () => {
    const db = freshDb();
    await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'competitor' }, NOW - 90 * DAY);
    const posts = [1, 2, 3].map((d) => capturedPost(`k${d}`, { createdAt: new Date(NOW - d * DAY).toISOString() }));
    await ingestBatch(db, batch(posts, NOW), NOW);
    const dash = await dashboardFor(db, { platforms: ['x'], period: lastDays(30, NOW, TZ), timeZone: TZ, scope: 'all', platform: 'x' });
    expect(dash.insights!.posts).toHaveLength(3);
    expect(dash.why).toBeUndefined();
  });

  it('the context card gets the same reason: posts stored, none in its 90 days, and the newest', async () => {
    const db = freshDb();
    await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'competitor' }, NOW - 200 * DAY);
    const posts = [100, 120].map((d) => capturedPost(`k${d}`, { createdAt: new Date(NOW - d * DAY).toISOString() }));
    await ingestBatch(db, batch(posts, NOW - 99 * DAY), NOW - 99 * DAY);
    const c = await contextInsights(db, { platform: 'x', handle: 'kopikita', now: NOW, timeZone: TZ });
    expect(c.insights.posts).toHaveLength(0);
    expect(c.stored).toEqual({ total: 2, newest: NOW - 100 * DAY });
    const none = await contextInsights(db, { platform: 'x', handle: 'tehkita', now: NOW, timeZone: TZ });
    expect(none.stored).toEqual({ total: 0 });
  });
});
