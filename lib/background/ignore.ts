import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { getAccount, removeAccount, setAccountRole } from '../db/accounts';
import type { PantauDB } from '../db/db';
import type { AccountRole } from '../db/schema';
import { forgetAuthor } from '../db/retention';
import type { PlatformId } from '../platforms/types';

/**
 * "Ignore" with undo. The account is marked ignored at once (capture stops storing it, and the
 * lists hide its posts), but its posts, their snapshots and its follower samples stay in place for
 * the undo window: "Undo" only puts the old role back, and nothing has to be copied out and in.
 * After the window an alarm deletes them (at start-up too, for a worker that died in between).
 */
export const IGNORE_UNDO_MS = 15_000;
export const IGNORE_ALARM = 'ignore-purge';

export interface PendingIgnore {
  platform: PlatformId;
  /** Lower-cased. */
  handle: string;
  at: number;
  /** The role and group before, to put back; no role means it was not on the watchlist. */
  role?: Exclude<AccountRole, 'ignored'>;
  displayHandle?: string;
  group?: string;
}

/** Ignores within their undo window (storage.session: it outlives the worker, ends with the browser). */
export const pendingIgnoresItem = storage.defineItem<PendingIgnore[]>('session:pendingIgnores', { fallback: [] });

const same = (a: { platform: string; handle: string }, platform: string, handle: string) => a.platform === platform && a.handle === handle;

/** Mark an author ignored; what was stored of them goes after the undo window. */
export async function ignoreAccount(db: PantauDB, platform: PlatformId, handle: string, now: number): Promise<void> {
  const key = handle.toLowerCase();
  const prev = await getAccount(db, platform, key);
  await setAccountRole(db, { platform, handle: prev?.displayHandle ?? handle, role: 'ignored' }, now);
  const entry: PendingIgnore = {
    platform,
    handle: key,
    at: now,
    ...(prev && prev.role !== 'ignored' ? { role: prev.role, displayHandle: prev.displayHandle } : {}),
    ...(prev?.group ? { group: prev.group } : {}),
  };
  const list = (await pendingIgnoresItem.getValue()).filter((e) => !same(e, platform, key));
  await pendingIgnoresItem.setValue([...list, entry]);
  await armIgnoreAlarm(now);
}

/** "Undo": the role before comes back (or none), and the posts were never gone. False after the window. */
export async function undoIgnore(db: PantauDB, platform: PlatformId, handle: string, now: number): Promise<boolean> {
  const key = handle.toLowerCase();
  const list = await pendingIgnoresItem.getValue();
  const entry = list.find((e) => same(e, platform, key) && now - e.at < IGNORE_UNDO_MS);
  if (!entry) return false;
  const current = await getAccount(db, platform, key);
  if (current?.role === 'ignored') {
    if (entry.role)
      await setAccountRole(
        db,
        { platform, handle: entry.displayHandle ?? key, role: entry.role, ...(entry.group ? { group: entry.group } : {}) },
        now,
      );
    else await removeAccount(db, platform, key);
  }
  await pendingIgnoresItem.setValue(list.filter((e) => e !== entry && !same(e, platform, key)));
  return true;
}

/**
 * Delete what is stored of ignored accounts whose undo window has passed, and of any ignored
 * account with no pending entry (session storage empties with the browser). Run by the alarm and
 * at start-up. Returns the posts removed.
 */
export async function purgeIgnored(db: PantauDB, now: number): Promise<number> {
  const list = await pendingIgnoresItem.getValue();
  const waiting = list.filter((e) => now - e.at < IGNORE_UNDO_MS);
  if (waiting.length !== list.length) await pendingIgnoresItem.setValue(waiting);
  let removed = 0;
  for (const a of await db.accounts.where('role').equals('ignored').toArray()) {
    if (waiting.some((e) => same(e, a.platform, a.handle))) continue;
    removed += await forgetAuthor(db, a.platform, a.handle);
  }
  await armIgnoreAlarm(now, waiting);
  return removed;
}

async function armIgnoreAlarm(now: number, entries?: PendingIgnore[]): Promise<void> {
  const list = entries ?? (await pendingIgnoresItem.getValue());
  if (!list.length) return void (await browser.alarms.clear(IGNORE_ALARM));
  const at = Math.min(...list.map((e) => e.at)) + IGNORE_UNDO_MS;
  await browser.alarms.create(IGNORE_ALARM, { when: Math.max(at, now + 1000) });
}
