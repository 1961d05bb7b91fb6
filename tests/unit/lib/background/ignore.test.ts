import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IGNORE_ALARM, IGNORE_UNDO_MS, ignoreAccount, pendingIgnoresItem, purgeIgnored, undoIgnore } from '@/lib/background/ignore';
import { setAccountRole } from '@/lib/db/accounts';
import type { PantauDB } from '@/lib/db/db';
import { freshDb } from '../../../helpers/db';
import { postRow, snapRow } from '../../../helpers/rows';

const NOW = Date.UTC(2026, 11, 2, 8);
let db: PantauDB;

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await db.posts.bulkPut([postRow('1', 'Spam', NOW - 1000), postRow('2', 'Spam', NOW - 2000), postRow('3', 'Kopi', NOW)]);
  await db.postSnapshots.bulkPut([snapRow('1', NOW - 900, 3), snapRow('2', NOW - 1900, 4), snapRow('3', NOW, 5)]);
  await db.profileSnapshots.put({ platform: 'x', handle: 'spam', capturedAt: NOW - 500, followers: 10 });
});

const counts = async () => [await db.posts.count(), await db.postSnapshots.count(), await db.profileSnapshots.count()];

describe('Ignore, with undo', () => {
  it('marks the account ignored at once, keeps its rows through the window, and deletes them after', async () => {
    await ignoreAccount(db, 'x', 'Spam', NOW);
    expect((await db.accounts.get(['x', 'spam']))?.role).toBe('ignored');
    expect(await counts()).toEqual([3, 3, 1]);
    expect((await fakeBrowser.alarms.get(IGNORE_ALARM))?.scheduledTime).toBe(NOW + IGNORE_UNDO_MS);
    expect(await purgeIgnored(db, NOW + IGNORE_UNDO_MS - 1)).toBe(0);
    expect(await counts()).toEqual([3, 3, 1]);
    expect(await purgeIgnored(db, NOW + IGNORE_UNDO_MS)).toBe(2);
    // Kopi's post and its sample stay; Spam's posts, samples and follower sample are gone.
    expect(await counts()).toEqual([1, 1, 0]);
    expect(await undoIgnore(db, 'x', 'spam', NOW + IGNORE_UNDO_MS)).toBe(false);
    expect(await fakeBrowser.alarms.get(IGNORE_ALARM)).toBeUndefined();
  });

  it('undo within the window takes the account off the watchlist again, with every row', async () => {
    await ignoreAccount(db, 'x', 'Spam', NOW);
    expect(await undoIgnore(db, 'x', 'SPAM', NOW + 5000)).toBe(true);
    expect(await db.accounts.get(['x', 'spam'])).toBeUndefined();
    expect(await purgeIgnored(db, NOW + IGNORE_UNDO_MS * 2)).toBe(0);
    expect(await counts()).toEqual([3, 3, 1]);
    expect(await pendingIgnoresItem.getValue()).toEqual([]);
  });

  it('undo puts back a watched account’s role and group', async () => {
    await setAccountRole(db, { platform: 'x', handle: 'Spam', role: 'competitor', group: 'Coffee' }, NOW - 1);
    await ignoreAccount(db, 'x', 'spam', NOW);
    expect(await db.accounts.get(['x', 'spam'])).toMatchObject({ role: 'ignored', displayHandle: 'Spam' });
    expect(await undoIgnore(db, 'x', 'spam', NOW + 1)).toBe(true);
    expect(await db.accounts.get(['x', 'spam'])).toMatchObject({ role: 'competitor', group: 'Coffee', displayHandle: 'Spam' });
  });

  it('at start-up, an ignored account with no pending undo (the browser restarted) loses its rows', async () => {
    await setAccountRole(db, { platform: 'x', handle: 'Spam', role: 'ignored' }, NOW);
    expect(await purgeIgnored(db, NOW)).toBe(2);
    expect(await counts()).toEqual([1, 1, 0]);
  });
});
