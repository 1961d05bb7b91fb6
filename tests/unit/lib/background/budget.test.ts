/** Trust edge, item 4: a page cannot fill storage through its content script. */
import { beforeEach, describe, expect, it } from 'vitest';
import { BUDGET, resetBudgets } from '@/lib/background/budget';
import { handleCapturePosts } from '@/lib/background/capture';
import { LIMITS } from '@/lib/messaging/limits';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 10);
const tab = (id: number) => ({ id: 'ext', url: 'https://x.com/home', tab: { id, url: 'https://x.com/home' } });
beforeEach(() => resetBudgets());

describe('the byte cap', () => {
  it('refuses a batch over the cap before the schema check (1,000 posts of 50,000 CJK characters: ~150 MB)', async () => {
    const db = freshDb();
    const huge = Array.from({ length: 1000 }, (_, i) => capturedPost(String(i + 1), { text: '咖'.repeat(LIMITS.textChars) }));
    const res = await handleCapturePosts(batch(huge, NOW), tab(1), db, NOW);
    expect(res).toMatchObject({ ok: false, error: 'invalidInput', detail: expect.stringMatching(/^batch too large/) });
    expect(await db.posts.count()).toBe(0);
    expect((await db.health.get('x'))!.batchesRejected).toBe(1);
  });
});

describe('the per-tab and per-platform budget', () => {
  it(`stores up to ${BUDGET.rowsPerTab} rows a minute from one tab; the excess is refused (to be retried) and counted`, async () => {
    const db = freshDb();
    let id = 0;
    const next = (n: number) =>
      batch(
        Array.from({ length: n }, () => capturedPost(String(++id))),
        NOW,
      );
    for (let i = 0; i < BUDGET.rowsPerTab / 1000; i++)
      expect(await handleCapturePosts(next(1000), tab(1), db, NOW + i)).toMatchObject({ ok: true });
    const over = await handleCapturePosts(next(10), tab(1), db, NOW + 100);
    expect(over).toMatchObject({ ok: false, error: 'rateLimited' });
    expect((await db.health.get('x'))!.rowsRejected).toBe(10);
    // Another tab of the platform still has its own budget; a minute later the first has again.
    expect(await handleCapturePosts(next(10), tab(2), db, NOW + 200)).toMatchObject({ ok: true, stored: 10 });
    expect(await handleCapturePosts(next(10), tab(1), db, NOW + BUDGET.windowMs + 1)).toMatchObject({ ok: true, stored: 10 });
    expect(await db.posts.count()).toBe(BUDGET.rowsPerTab + 20);
  });
});

describe('"Free up space" takes a flooding page\'s junk first (trust edge 4)', () => {
  it('removes what the tab stored in the minute it went over budget, keeps watched accounts and the genuine older posts', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { dataHandlers } = await import('@/lib/background/handlers/data');
    const { setAccountRole } = await import('@/lib/db/accounts');
    const { ingestBatch } = await import('@/lib/db/ingest');
    fakeBrowser.reset();
    const db = freshDb();
    // A genuine unwatched post seen two days ago, and a watched competitor.
    const genuine = capturedPost('9001', { authorHandle: 'Tetangga' });
    await ingestBatch(db, batch([genuine], NOW - 2 * 86_400_000), NOW - 2 * 86_400_000);
    await setAccountRole(db, { platform: 'x', handle: 'Saingan', role: 'competitor' }, NOW);
    let id = 0;
    const junk = (n: number) =>
      batch(
        Array.from({ length: n }, () => capturedPost(String(++id), { authorHandle: id === 1 ? 'Saingan' : 'Junk' })),
        NOW,
      );
    for (let i = 0; i < BUDGET.rowsPerTab / 1000; i++) await handleCapturePosts(junk(1000), tab(7), db, NOW + i);
    expect(await handleCapturePosts(junk(10), tab(7), db, NOW + 50)).toMatchObject({ error: 'rateLimited' });
    const ext = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    const res = await dataHandlers(db).freeUpSpace!({ data: {}, sender: ext });
    expect(res).toEqual({ ok: true, removed: BUDGET.rowsPerTab - 1 });
    expect(await db.posts.get(['x', '9001'])).toBeDefined(); // the genuine older post stays
    expect(await db.posts.get(['x', '1'])).toBeDefined(); // the watched account's post stays
    expect(await db.posts.count()).toBe(2);
  });
});

describe('the per-platform budget', () => {
  it(`caps rows across all tabs of a platform at ${BUDGET.rowsPerPlatform} a minute`, async () => {
    const { withinBudget } = await import('@/lib/background/budget');
    let ok = 0;
    for (let t = 0; t < 30; t++) if (withinBudget(`tab${t}`, 'x', 1000, 1000, NOW)) ok++;
    expect(ok).toBe(BUDGET.rowsPerPlatform / 1000);
    // Another platform is counted on its own.
    expect(withinBudget('tab99', 'bluesky', 1000, 1000, NOW)).toBe(true);
  });
  it('caps bytes across all tabs of a platform too', async () => {
    const { withinBudget } = await import('@/lib/background/budget');
    const big = 60 * 1024 * 1024;
    let ok = 0;
    for (let t = 0; t < 10; t++) if (withinBudget(`tab${t}`, 'x', 10, big, NOW)) ok++;
    expect(ok).toBe(Math.floor(BUDGET.bytesPerPlatform / big));
  });
});
