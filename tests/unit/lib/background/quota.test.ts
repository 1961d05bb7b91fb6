import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCapturePosts, isQuotaError, settled } from '@/lib/background/capture';
import { pruneUnwatched } from '@/lib/db/retention';
import { DEFAULT_SETTINGS, storageFullItem } from '@/lib/settings';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);
const fromX = { id: 'ext', tab: { id: 1, url: 'https://x.com/KopiKita' } };
beforeEach(() => fakeBrowser.reset());

describe('storage pressure (QuotaExceededError on write)', () => {
  it('refuses the batch whole (no partial rows), says storage is full, and stores it on retry after pruning', async () => {
    const db = freshDb();
    // Old posts of an unwatched account take the space.
    const old = Array.from({ length: 20 }, (_, i) =>
      capturedPost(`old${i}`, { authorHandle: 'Someone', url: `https://x.com/Someone/status/old${i}` }),
    );
    expect(await handleCapturePosts(batch(old, NOW - 5 * 86_400_000), fromX, db, NOW - 5 * 86_400_000, DEFAULT_SETTINGS)).toMatchObject({
      ok: true,
    });

    // The snapshot write fails after the posts were added, inside the same transaction.
    const quota = vi
      .spyOn(db.postSnapshots, 'bulkAdd')
      .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const fresh = batch([capturedPost('n1'), capturedPost('n2')], NOW);
    const res = await handleCapturePosts(fresh, fromX, db, NOW, DEFAULT_SETTINGS);
    expect(res).toEqual({ ok: false, error: 'storageFull', detail: 'browser storage is full' });
    expect(await db.posts.get(['x', 'n1'])).toBeUndefined(); // the transaction rolled back
    expect(await db.postSnapshots.where('[platform+postId+capturedAt]').between(['x', 'n1', 0], ['x', 'n1', Infinity]).count()).toBe(0);
    expect(await storageFullItem.getValue()).toBe(NOW);

    // "Free up space": unwatched posts older than a day go; the retried batch then lands.
    expect(await pruneUnwatched(db, NOW, 1)).toBe(20);
    expect(await handleCapturePosts(fresh, fromX, db, NOW + 1000, DEFAULT_SETTINGS)).toEqual({ ok: true, stored: 2 });
    expect(await db.posts.count()).toBe(2);
    await settled(); // the flag is cleared after the ack, by a post-write step
    expect(await storageFullItem.getValue()).toBeNull();
    quota.mockRestore();
  });

  it('recognises quota errors however they are wrapped', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError', message: '' } })).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
  });
});
