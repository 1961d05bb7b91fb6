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
