import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { purgeTrash, trashDraft, undoDelete } from '@/lib/background/trash';
import type { PantauDB } from '@/lib/db/db';
import { duplicateDraft, hasUnsavedChanges, saveDraft } from '@/lib/db/drafts';
import { UNDO_MS } from '@/lib/drafts/undo';
import { excerpt, searchDrafts } from '@/lib/drafts/search';
import { freshDb } from '../../../helpers/db';

const NOW = Date.UTC(2026, 10, 24, 5);
let db: PantauDB;
let n = 0;
const newId = () => `id${++n}`;
const image = (id: string, draftId: string) => ({
  id,
  draftId,
  name: 'menu.png',
  type: 'image/png' as const,
  size: 3,
  blob: new Blob(['png'], { type: 'image/png' }),
  addedAt: NOW,
});

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});

describe('delete with undo, kept by the background', () => {
  it('a deleted draft leaves the table at once and comes back whole, images included, within the window', async () => {
    const row = await saveDraft(db, { text: 'Kopi pagi', platforms: ['x'], utm: true }, NOW, newId);
    await db.media.put(image('m1', row.id));
    expect(await trashDraft(db, row.id, NOW)).toBe(true);
    expect(await db.drafts.get(row.id)).toBeUndefined();
    await purgeTrash(db, NOW + 1000); // within the window: the image waits
    expect(await db.media.count()).toBe(1);
    expect((await fakeBrowser.alarms.get('trash'))?.scheduledTime).toBe(NOW + UNDO_MS);
    expect(await undoDelete(db, row.id, NOW + 5000)).toBe(true);
    expect(await db.drafts.get(row.id)).toEqual(row);
    expect(await db.media.count()).toBe(1);
  });

  it('after the window, undo is refused and the images are purged (also of drafts gone before a restart)', async () => {
    const row = await saveDraft(db, { text: 'Kopi sore', platforms: ['x'] }, NOW, newId);
    await db.media.bulkPut([image('m1', row.id), image('orphan', 'gone-before-restart')]);
    await trashDraft(db, row.id, NOW);
    await purgeTrash(db, NOW + UNDO_MS + 1);
    expect(await db.media.count()).toBe(0);
    expect(await undoDelete(db, row.id, NOW + UNDO_MS + 2)).toBe(false);
    expect(await db.drafts.get(row.id)).toBeUndefined();
  });
});

describe('drafts: template, unsaved changes, search', () => {
  it('"use as template" copies text, targets, options and images into a new plain draft', async () => {
    const row = await saveDraft(
      db,
      { text: 'Promo', platforms: ['x', 'bluesky'], variants: { bluesky: 'Promo 🦋' }, thread: true },
      NOW,
      newId,
    );
    await db.drafts.update(row.id, { status: 'posted', scheduledAt: NOW - 1000, postedAt: NOW });
    await db.media.put(image('m1', row.id));
    const copy = (await duplicateDraft(db, row.id, NOW + 1, newId))!;
    expect(copy).toEqual({
      id: copy.id,
      text: 'Promo',
      platforms: ['x', 'bluesky'],
      variants: { bluesky: 'Promo 🦋' },
      thread: true,
      status: 'draft',
      createdAt: NOW + 1,
      updatedAt: NOW + 1,
    });
    expect((await db.media.where('draftId').equals(copy.id).toArray()).map((m) => m.name)).toEqual(['menu.png']);
  });

  it('"Unsaved changes" compares with the stored version as stored (a variant equal to the base is no fork)', async () => {
    const row = await saveDraft(db, { text: 'Halo', platforms: ['x'] }, NOW, newId);
    expect(hasUnsavedChanges({ id: row.id, text: 'Halo', platforms: ['x'], variants: { x: 'Halo' }, thread: false }, row)).toBe(false);
    expect(hasUnsavedChanges({ id: row.id, text: 'Halo!', platforms: ['x'] }, row)).toBe(true);
    expect(hasUnsavedChanges({ id: row.id, text: 'Halo', platforms: ['x', 'bluesky'] }, row)).toBe(true);
    expect(hasUnsavedChanges({ id: row.id, text: 'Halo', platforms: ['x'], utm: true }, row)).toBe(true);
    expect(hasUnsavedChanges({ text: '', platforms: ['x'] }, undefined)).toBe(false);
    expect(hasUnsavedChanges({ text: 'baru', platforms: ['x'] }, undefined)).toBe(true);
  });

  it('search finds every word in text, variants, campaign or labels, accents and case aside, newest first', async () => {
    const a = await saveDraft(db, { text: 'Café susu', platforms: ['x'], campaign: 'ramadan' }, NOW, newId);
    const b = await saveDraft(db, { text: 'Teh', platforms: ['x'], variants: { x: 'Teh tarik CAFE' } }, NOW + 1, newId);
    const all = [a, b];
    expect(searchDrafts(all, 'cafe').map((d) => d.id)).toEqual([b.id, a.id]);
    expect(searchDrafts(all, 'cafe ramadan').map((d) => d.id)).toEqual([a.id]);
    expect(searchDrafts(all, 'bluesky', () => ['Bluesky'])).toHaveLength(2);
    expect(searchDrafts(all, 'kopi')).toEqual([]);
    expect(excerpt('a  b\n\nc')).toBe('a b c');
    expect(excerpt(`${'kata '.repeat(40)}`, 20)).toBe('kata kata kata…');
  });
});
