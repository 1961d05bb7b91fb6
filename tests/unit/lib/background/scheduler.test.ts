import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleAlarm, reconcileAlarms } from '@/lib/background/scheduler';
import type { PantauDB } from '@/lib/db/db';
import type { DraftRow } from '@/lib/db/schema';
import { freshDb } from '../../../helpers/db';

const NOW = Date.now();
let db: PantauDB;
const put = (id: string, scheduledAt: number, status: DraftRow['status'] = 'scheduled') =>
  db.drafts.put({ id, text: `text ${id}`, platforms: ['x'], status, scheduledAt, createdAt: NOW, updatedAt: NOW });

let notify: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  // The fake browser has no i18n messages or notification centre: record what would be shown.
  fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
  notify = vi.fn(async (id: string) => id);
  fakeBrowser.notifications.create = notify as unknown as typeof fakeBrowser.notifications.create;
});

describe('reconcileAlarms (fake browser)', () => {
  it('rebuilds alarms from the drafts table after Chrome dropped them', async () => {
    await put('a', NOW + 60_000);
    await put('b', NOW + 120_000);
    await reconcileAlarms(db, NOW);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime]).sort()).toEqual([
      ['draft:a', NOW + 60_000],
      ['draft:b', NOW + 120_000],
    ]);
    await fakeBrowser.alarms.clearAll();
    await reconcileAlarms(db, NOW);
    expect((await fakeBrowser.alarms.getAll()).length).toBe(2);
  });

  it('marks drafts missed when their time passed while the browser was closed', async () => {
    await put('old', NOW - 3_600_000);
    await reconcileAlarms(db, NOW);
    expect((await db.drafts.get('old'))!.status).toBe('missed');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('an alarm firing makes the draft due, once', async () => {
    await put('a', NOW + 1000);
    await handleAlarm(db, 'draft:a', NOW + 1000);
    expect((await db.drafts.get('a'))!.status).toBe('due');
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify.mock.calls[0]![0]).toBe('draft:a');
    expect(notify.mock.calls[0]![1]).toMatchObject({ title: 'notifyDueTitleAny', message: 'text a' });
    await db.drafts.update('a', { status: 'posted' });
    await handleAlarm(db, 'draft:a', NOW + 2000); // a late duplicate does not resurrect it
    expect((await db.drafts.get('a'))!.status).toBe('posted');
    expect(notify).toHaveBeenCalledTimes(1);
  });
});

describe('missed drafts and the action badge (fake browser)', () => {
  it('drafts missed at start-up get one notification, and the badge counts due and missed drafts', async () => {
    const badge: string[] = [];
    fakeBrowser.action.setBadgeText = (async ({ text }: { text: string }) =>
      void badge.push(text)) as typeof fakeBrowser.action.setBadgeText;
    await put('a', NOW - 3_600_000);
    await put('b', NOW - 7_200_000);
    await put('later', NOW + 3_600_000);
    await reconcileAlarms(db, NOW);
    expect(notify.mock.calls.map((c) => c[0])).toEqual(['missed']);
    expect(notify.mock.calls[0]![1]).toMatchObject({ title: 'notifyMissedMany', message: 'text b\ntext a' });
    expect(badge.at(-1)).toBe('2');
    // The next worker start finds nothing newly missed: no second notification; the badge holds.
    await reconcileAlarms(db, NOW + 1000);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(badge.at(-1)).toBe('2');
    await db.drafts.update('a', { status: 'posted' });
    await reconcileAlarms(db, NOW + 2000);
    expect(badge.at(-1)).toBe('1');
  });
});
