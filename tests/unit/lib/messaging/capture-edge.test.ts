import { beforeEach, describe, expect, it } from 'vitest';
import { handleCapturePosts } from '@/lib/background/capture';
import type { PantauDB } from '@/lib/db/db';
import { captureBatchSchema, LIMITS } from '@/lib/messaging/schemas';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);
const fromX = { id: 'ext', tab: { id: 1, url: 'https://x.com/KopiKita' } };
let db: PantauDB;
beforeEach(() => {
  db = freshDb();
});

describe('captureBatchSchema rejects malformed batches', () => {
  const good = batch([capturedPost('1')], NOW);
  it('accepts a well-formed batch', () => expect(captureBatchSchema.safeParse(good).success).toBe(true));
  it.each([
    ['a negative counter', { ...good, posts: [capturedPost('1', { metrics: { likes: -1 } })] }],
    ['a fractional counter', { ...good, posts: [capturedPost('1', { metrics: { likes: 1.5 } })] }],
    ['an unknown counter key', { ...good, posts: [{ ...capturedPost('1'), metrics: { likes: 1, hacked: 2 } }] }],
    ['a javascript: url', { ...good, posts: [capturedPost('1', { url: 'javascript:alert(1)' })] }],
    ['an id with markup', { ...good, posts: [capturedPost('<img src=x>')] }],
    ['too many posts', { ...good, posts: Array.from({ length: LIMITS.postsPerBatch + 1 }, (_, i) => capturedPost(String(i))) }],
    ['oversized text', { ...good, posts: [capturedPost('1', { text: 'a'.repeat(LIMITS.textChars + 1) })] }],
    ['an unknown platform', { ...good, platform: 'myspace' }],
    ['a bad createdAt', { ...good, posts: [capturedPost('1', { createdAt: 'yesterday' })] }],
    ['not an object', 'DROP TABLE'],
  ])('rejects %s', (_, input) => expect(captureBatchSchema.safeParse(input).success).toBe(false));
});

describe('handleCapturePosts (the background edge)', () => {
  it('stores a valid batch from an X tab', async () => {
    const res = await handleCapturePosts(batch([capturedPost('1')], NOW), fromX, db, NOW);
    expect(res).toEqual({ ok: true, stored: 1 });
    expect(await db.posts.count()).toBe(1);
  });

  it('rejects and counts a malformed batch, writing no posts', async () => {
    const res = await handleCapturePosts({ ...batch([capturedPost('1')], NOW), posts: [{ postId: 1 }] }, fromX, db, NOW);
    expect(res).toMatchObject({ ok: false, error: 'invalidInput' });
    expect(await db.posts.count()).toBe(0);
    expect((await db.health.get('x'))!.batchesRejected).toBe(1);
  });

  it('refuses posts for another platform than the sending tab', async () => {
    const foreignUrl = await handleCapturePosts(batch([capturedPost('1', { url: 'https://evil.example/status/1' })], NOW), fromX, db, NOW);
    expect(foreignUrl).toMatchObject({ ok: false, error: 'invalidInput' });
    const fromOtherSite = await handleCapturePosts(
      batch([capturedPost('1')], NOW),
      { id: 'ext', tab: { id: 2, url: 'https://evil.example/' } },
      db,
      NOW,
    );
    expect(fromOtherSite).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await db.posts.count()).toBe(0);
  });

  it('refuses batches for a platform the user switched off', async () => {
    const off = { capture: { ...DEFAULT_SETTINGS.capture, x: false }, snapshotIntervalMinutes: 60, breakoutAlerts: false };
    expect(await handleCapturePosts(batch([capturedPost('1')], NOW), fromX, db, NOW, off)).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await db.posts.count()).toBe(0);
  });

  it('replaces an implausible capture time with the receipt time', async () => {
    await handleCapturePosts(batch([capturedPost('1')], NOW + 10 * 24 * 3600e3), fromX, db, NOW);
    expect((await db.posts.get(['x', '1']))!.lastSeenAt).toBe(NOW);
  });
});
