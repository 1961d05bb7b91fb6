import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCapturePosts, settled, type PostWriteStep } from '@/lib/background/capture';
import { recordDelivery, saveDraft } from '@/lib/db/drafts';
import { DEFAULT_SETTINGS, storageFullItem } from '@/lib/settings';
import { batch, capturedPost, freshDb } from '../../../helpers/db';
import { setAccountRole } from '@/lib/db/accounts';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);
const fromX = { id: 'ext', tab: { id: 1, url: 'https://x.com/KopiKita' } };
beforeEach(() => fakeBrowser.reset());

/** A promise and the function that resolves it, for a step that waits until the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('the writer answers first (post-write steps run after the ack)', () => {
  it('acknowledges the stored batch before a slow post-write step finishes', async () => {
    const db = freshDb();
    const { opened, open } = gate();
    let finished = false;
    const slow: PostWriteStep = async () => {
      await opened;
      finished = true;
    };
    const res = await handleCapturePosts(batch([capturedPost('1')], NOW), fromX, db, NOW, DEFAULT_SETTINGS, [slow]);
    expect(res).toEqual({ ok: true, stored: 1 });
    expect(await db.posts.count()).toBe(1); // committed before the answer
    expect(finished).toBe(false);
    open();
    await settled();
    expect(finished).toBe(true);
  });

  it('a throwing step fails neither the ack nor the steps after it', async () => {
    const db = freshDb();
    const seen: string[] = [];
    const steps: PostWriteStep[] = [
      async () => void seen.push('first'),
      async () => {
        throw new Error('boom');
      },
      (() => {
        throw new Error('thrown before any promise');
      }) as PostWriteStep,
      async ({ outcome }) => void seen.push(`last saw ${outcome.posts}`),
    ];
    const res = await handleCapturePosts(batch([capturedPost('1'), capturedPost('2')], NOW), fromX, db, NOW, DEFAULT_SETTINGS, steps);
    expect(res).toEqual({ ok: true, stored: 2 });
    await settled();
    expect(seen).toEqual(['first', 'last saw 2']);
  });

  it('runs no step for a batch that was not stored', async () => {
    const db = freshDb();
    const step = vi.fn<PostWriteStep>(async () => undefined);
    const res = await handleCapturePosts({ ...batch([capturedPost('1')], NOW), posts: [{ postId: 1 }] }, fromX, db, NOW, DEFAULT_SETTINGS, [
      step,
    ]);
    expect(res).toMatchObject({ ok: false, error: 'invalidInput' });
    await settled();
    expect(step).not.toHaveBeenCalled();
  });

  it('after a worker restart, a stored batch still clears the storage-full flag a previous worker set', async () => {
    // A fresh module graph is what a restarted worker has: no state from the worker that saw the quota error.
    vi.resetModules();
    const capture = await import('@/lib/background/capture');
    const settings = await import('@/lib/settings');
    await settings.storageFullItem.setValue(NOW - 3_600_000);
    const res = await capture.handleCapturePosts(batch([capturedPost('1')], NOW), fromX, freshDb(), NOW, settings.DEFAULT_SETTINGS);
    expect(res).toEqual({ ok: true, stored: 1 });
    await capture.settled();
    expect(await settings.storageFullItem.getValue()).toBeNull();
  });

  it('leaves the storage-full flag alone when it is not set', async () => {
    const set = vi.spyOn(storageFullItem, 'setValue');
    await handleCapturePosts(batch([capturedPost('1')], NOW), fromX, freshDb(), NOW, DEFAULT_SETTINGS);
    await settled();
    expect(set).not.toHaveBeenCalled();
  });

  it('the real steps still link a posted draft (by the own account), once settled', async () => {
    const db = freshDb();
    await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'own' }, NOW);
    const d = await saveDraft(db, { text: 'Promo kopi', platforms: ['x'] }, NOW, () => 'd1');
    await recordDelivery(db, d.id, 'x', { via: 'inPage', at: NOW - 60_000 }, NOW - 60_000);
    const post = capturedPost('100', { text: 'Promo kopi', createdAt: new Date(NOW).toISOString() });
    expect(await handleCapturePosts(batch([post], NOW), fromX, db, NOW, DEFAULT_SETTINGS)).toEqual({ ok: true, stored: 1 });
    await settled();
    expect((await db.drafts.get('d1'))!.delivery!.x).toMatchObject({ via: 'seen', postId: '100' });
  });
});
