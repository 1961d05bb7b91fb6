import { browser } from 'wxt/browser';
import type { PantauDB } from '../db/db';
import { purgeDraftMedia, restoreDraft, takeDraft } from '../db/drafts';
import { UNDO_MS } from '../drafts/undo';
import { deletedDraftsItem } from '../settings';

/** Kept deleted drafts at most (the oldest go first). */
const KEEP = 10;
export const TRASH_ALARM = 'trash';

/**
 * "Delete": the draft leaves the table at once (lists, calendar, alarms and the badge forget it),
 * and is kept whole for a minute in session storage for "Undo". An alarm then purges its images;
 * storage.session and the alarm outlive the worker, so a worker that dies in between loses nothing.
 */
export async function trashDraft(db: PantauDB, id: string, now: number): Promise<boolean> {
  const row = await takeDraft(db, id);
  if (!row) return false;
  const kept = (await deletedDraftsItem.getValue()).filter((e) => e.row.id !== id && now - e.deletedAt < UNDO_MS);
  await deletedDraftsItem.setValue([...kept, { row, deletedAt: now }].slice(-KEEP));
  await armTrashAlarm(now);
  return true;
}

/** "Undo": the deleted draft comes back as it was, with its images. */
export async function undoDelete(db: PantauDB, id: string, now: number): Promise<boolean> {
  const entries = await deletedDraftsItem.getValue();
  const entry = entries.find((e) => e.row.id === id && now - e.deletedAt < UNDO_MS);
  if (!entry) return false;
  const restored = await restoreDraft(db, entry.row);
  await deletedDraftsItem.setValue(entries.filter((e) => e.row.id !== id));
  return restored;
}

/**
 * Forget deleted drafts past their undo window and delete the images of every draft that is gone
 * (also after a browser restart, which empties session storage). Run by the alarm and at start-up.
 */
export async function purgeTrash(db: PantauDB, now: number): Promise<void> {
  const entries = await deletedDraftsItem.getValue();
  const live = entries.filter((e) => now - e.deletedAt < UNDO_MS);
  if (live.length !== entries.length) await deletedDraftsItem.setValue(live);
  await purgeDraftMedia(db, new Set(live.map((e) => e.row.id)));
  await armTrashAlarm(now, live);
}

async function armTrashAlarm(now: number, entries?: Array<{ deletedAt: number }>): Promise<void> {
  const list = entries ?? (await deletedDraftsItem.getValue());
  if (!list.length) return void (await browser.alarms.clear(TRASH_ALARM));
  const at = Math.min(...list.map((e) => e.deletedAt)) + UNDO_MS;
  await browser.alarms.create(TRASH_ALARM, { when: Math.max(at, now + 1000) });
}
