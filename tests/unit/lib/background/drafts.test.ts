import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerSuggestion, draftFromPage, linkPostedDrafts } from '@/lib/background/drafts';
import { setAccountRole } from '@/lib/db/accounts';
import { recordDelivery, saveDraft } from '@/lib/db/drafts';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { capturedPost, freshDb } from '../../../helpers/db';

beforeEach(() => fakeBrowser.reset());
const NOW = Date.UTC(2026, 10, 23, 9, 0);
let n = 0;
const newId = () => `id${++n}`;

describe('a posted draft is linked when capture sees the post', () => {
  it("matches platform and text (links aside) by the user's own account, records the URL, and the draft is posted", async () => {
    const db = freshDb();
    await setAccountRole(db, { platform: 'x', handle: 'KedaiKita', role: 'own' }, NOW);
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
    await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'own' }, NOW);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, xPremium: true });
    const long = Array.from({ length: 80 }, (_, i) => `kata${i}`).join(' '); // over 280, one Premium post
    const d = await saveDraft(db, { text: long, platforms: ['x'], thread: true }, NOW, newId);
    await recordDelivery(db, d.id, 'x', { via: 'inPage', at: NOW }, NOW);
    const post = capturedPost('200', { text: long, createdAt: new Date(NOW + 60_000).toISOString() });
    expect(await linkPostedDrafts(db, [post], NOW + 120_000)).toBe(1);
  });
});

describe('a copycat post cannot change drafts or the watchlist (trust edge)', () => {
  const roles = async (db: ReturnType<typeof freshDb>) => (await db.accounts.toArray()).map((a) => [a.handle, a.role]).sort();

  it('two drafts handed to X, the same texts posted by a competitor and by an ignored author: nothing is linked, no role changes', async () => {
    const db = freshDb();
    await setAccountRole(db, { platform: 'x', handle: 'Saingan', role: 'competitor' }, NOW);
    await setAccountRole(db, { platform: 'x', handle: 'Penyusup', role: 'ignored' }, NOW);
    const a = await saveDraft(db, { text: 'Selamat pagi ☕', platforms: ['x'] }, NOW, newId);
    const b = await saveDraft(db, { text: 'Promo kopi hari ini', platforms: ['x'] }, NOW, newId);
    await recordDelivery(db, a.id, 'x', { via: 'inPage', at: NOW, firstPart: 'selamat pagi ☕' }, NOW);
    await recordDelivery(db, b.id, 'x', { via: 'inPage', at: NOW, firstPart: 'promo kopi hari ini' }, NOW);
    const at = new Date(NOW + 60_000).toISOString();
    const batch = [
      capturedPost('501', { text: 'Selamat pagi ☕', authorHandle: 'Saingan', createdAt: at }),
      capturedPost('502', { text: 'Promo kopi hari ini', authorHandle: 'Penyusup', createdAt: at }),
    ];
    expect(await linkPostedDrafts(db, batch, NOW + 120_000)).toBe(0);
    for (const id of [a.id, b.id]) {
      const row = (await db.drafts.get(id))!;
      expect(row.status).toBe('draft');
      expect(row.delivery!.x).toEqual({ via: 'inPage', at: NOW, firstPart: expect.any(String) });
    }
    expect(await roles(db)).toEqual([
      ['penyusup', 'ignored'],
      ['saingan', 'competitor'],
    ]);
  });

  it("an author Pantau does not know becomes a suggestion; the user's yes links it (and only then makes the author own), a no dismisses it for good", async () => {
    const db = freshDb();
    const d = await saveDraft(db, { text: 'Selamat pagi ☕', platforms: ['x'] }, NOW, newId);
    await recordDelivery(db, d.id, 'x', { via: 'inPage', at: NOW, firstPart: 'selamat pagi ☕' }, NOW);
    const post = capturedPost('601', {
      text: 'Selamat pagi ☕',
      authorHandle: 'KedaiBaru',
      createdAt: new Date(NOW + 60_000).toISOString(),
    });
    expect(await linkPostedDrafts(db, [post], NOW + 120_000)).toBe(0);
    let row = (await db.drafts.get(d.id))!;
    expect(row.status).toBe('draft');
    expect(row.delivery!.x!.suggested).toEqual({ postId: '601', url: post.url, author: 'KedaiBaru', text: 'Selamat pagi ☕' });
    expect(await roles(db)).toEqual([]);

    // No: dismissed, and the same post is not suggested again.
    expect(await answerSuggestion(db, d.id, 'x', false, NOW + 130_000)).toBe(true);
    row = (await db.drafts.get(d.id))!;
    expect(row.delivery!.x!.suggested).toBeUndefined();
    expect(row.delivery!.x!.dismissed).toEqual(['601']);
    await linkPostedDrafts(db, [post], NOW + 140_000);
    expect((await db.drafts.get(d.id))!.delivery!.x!.suggested).toBeUndefined();

    // Another unknown author's post with the text: suggested; yes links it and makes that author own.
    const other = capturedPost('602', {
      text: 'Selamat pagi ☕',
      authorHandle: 'KedaiKita',
      createdAt: new Date(NOW + 70_000).toISOString(),
    });
    await linkPostedDrafts(db, [other], NOW + 150_000);
    expect(await answerSuggestion(db, d.id, 'x', true, NOW + 160_000)).toBe(true);
    row = (await db.drafts.get(d.id))!;
    expect(row.status).toBe('posted');
    expect(row.delivery!.x).toMatchObject({ via: 'seen', postId: '602' });
    expect(await roles(db)).toEqual([['kedaikita', 'own']]);
  });

  it('compares against the first part as handed over, not a fresh split of the draft (which may be 50 KB, or edited since)', async () => {
    const db = freshDb();
    await setAccountRole(db, { platform: 'x', handle: 'KopiKita', role: 'own' }, NOW);
    const d = await saveDraft(db, { text: 'kata '.repeat(10_000), platforms: ['x'], thread: true }, NOW, newId);
    await recordDelivery(db, d.id, 'x', { via: 'inPage', at: NOW, firstPart: 'bagian pertama seperti diserahkan' }, NOW);
    const post = capturedPost('700', { text: 'Bagian pertama seperti diserahkan', createdAt: new Date(NOW + 60_000).toISOString() });
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
