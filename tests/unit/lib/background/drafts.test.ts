import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftFromPage, linkPostedDrafts } from '@/lib/background/drafts';
import { recordDelivery, saveDraft } from '@/lib/db/drafts';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { capturedPost, freshDb } from '../../../helpers/db';

beforeEach(() => fakeBrowser.reset());
const NOW = Date.UTC(2026, 10, 23, 9, 0);
let n = 0;
const newId = () => `id${++n}`;

describe('a posted draft is linked when capture sees the post', () => {
  it('matches platform and text (links aside), records the URL, marks the author own, and the draft posted', async () => {
    const db = freshDb();
    const d = await saveDraft(db, { text: 'Promo kopi 20% https://pantau.id/p', platforms: ['x'] }, NOW, newId);
    await recordDelivery(db, d.id, 'x', { via: 'inPage', at: NOW }, NOW);
    const other = capturedPost('99', {
      text: 'Promo kopi 20% (another account, earlier)',
      createdAt: new Date(NOW - 3_600_000).toISOString(),
    });
    const mine = capturedPost('100', {
      text: 'Promo kopi 20% https://t.co/abc',
      authorHandle: 'KedaiKita',
      createdAt: new Date(NOW + 60_000).toISOString(),
    });
    expect(await linkPostedDrafts(db, [other], NOW + 120_000)).toBe(0);
    expect(await linkPostedDrafts(db, [mine], NOW + 120_000)).toBe(1);
    const row = (await db.drafts.get(d.id))!;
    expect(row.status).toBe('posted');
    expect(row.delivery!.x).toMatchObject({ via: 'seen', postId: '100', url: 'https://x.com/KopiKita/status/100' });
    expect((await db.accounts.toArray()).map((a) => [a.handle, a.role])).toEqual([['kedaikita', 'own']]);
    // Seen once: not linked again.
    expect(await linkPostedDrafts(db, [mine], NOW + 180_000)).toBe(0);
  });

  it('a post on another platform, or before the draft was handed over, is not a match', async () => {
    const db = freshDb();
    const d = await saveDraft(db, { text: 'Halo', platforms: ['x', 'bluesky'] }, NOW, newId);
    await recordDelivery(db, d.id, 'bluesky', { via: 'inPage', at: NOW }, NOW);
    expect(await linkPostedDrafts(db, [capturedPost('1', { text: 'Halo', createdAt: new Date(NOW).toISOString() })], NOW)).toBe(0);
    expect((await db.drafts.get(d.id))!.status).toBe('draft');
  });

  it('splits as it was posted: with X Premium on, a long threaded draft is one post and is matched', async () => {
    const db = freshDb();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, xPremium: true });
    const long = Array.from({ length: 80 }, (_, i) => `kata${i}`).join(' '); // over 280, one Premium post
    const d = await saveDraft(db, { text: long, platforms: ['x'], thread: true }, NOW, newId);
    await recordDelivery(db, d.id, 'x', { via: 'inPage', at: NOW }, NOW);
    const post = capturedPost('200', { text: long, createdAt: new Date(NOW + 60_000).toISOString() });
    expect(await linkPostedDrafts(db, [post], NOW + 120_000)).toBe(1);
  });
});

describe('draftFromPage', () => {
  it('quotes the selection and adds the page address, with UTM tagging on', async () => {
    const db = freshDb();
    const d = await draftFromPage(
      db,
      { pageUrl: 'https://news.example/a', title: 'Judul', selectionText: '  Kopi   naik 40%. ' },
      NOW,
      newId,
    );
    expect(d.text).toBe('“Kopi naik 40%.”\n\nhttps://news.example/a');
    expect(d.utm).toBe(true);
    expect(d.platforms).toEqual(['x', 'linkedin', 'bluesky']);
    const page = await draftFromPage(db, { pageUrl: 'https://news.example/b', title: 'Judul' }, NOW, newId);
    expect(page.text).toBe('Judul\n\nhttps://news.example/b');
  });
});

describe('saveDraft', () => {
  it('keeps only real forks: a variant equal to the base, or of a platform no longer targeted, is dropped', async () => {
    const db = freshDb();
    const d = await saveDraft(
      db,
      { text: 'base', platforms: ['x', 'linkedin'], variants: { x: 'base', linkedin: 'long form', threads: 'old' } },
      NOW,
      newId,
    );
    expect(d.variants).toEqual({ linkedin: 'long form' });
    const again = await saveDraft(db, { id: d.id, text: 'base', platforms: ['x'] }, NOW, newId);
    expect(again.variants).toBeUndefined();
  });
});
