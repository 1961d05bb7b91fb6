import { z } from 'zod';
import type { PantauDB } from '../../db/db';
import { clearCapturedData, pruneSuspects, pruneUnwatched } from '../../db/retention';
import { ingestBatch } from '../../db/ingest';
import { importBatchSchema, LIMITS } from '../../messaging/schemas';
import { DEFAULT_SETTINGS, normaliseSettings, settingsItem, storageFullItem, suspectPostsItem } from '../../settings';
import { privileged, UserError } from './privileged';
import { ok, type HandlerTable } from './table';

/** "Free up space" keeps the last day of unwatched posts; watched accounts keep everything. */
export const FREE_UP_KEEP_DAYS = 1;

/** The captured data as a whole: freeing space when storage is full, and deleting it all. */
export const dataHandlers = (db: PantauDB): HandlerTable => ({
  freeUpSpace: privileged(z.object({}), async () => {
    // Junk first: what a flooding page stored. Only when there is none, the oldest unwatched posts.
    const suspects = await pruneSuspects(db, await suspectPostsItem.getValue());
    await suspectPostsItem.setValue([]);
    const removed = suspects || (await pruneUnwatched(db, Date.now(), FREE_UP_KEEP_DAYS));
    await storageFullItem.setValue(null);
    return { ...ok, removed };
  }),
  // A HAR import's rows: the same writer and the same interval rule as live capture, at the time
  // the entry was loaded, so the time series is right. No alerts: these posts are history.
  importCapture: privileged(importBatchSchema, async (input) => {
    const now = Date.now();
    if (input.capturedAt > now + LIMITS.futureSkewMs) throw new UserError('invalidInput');
    const settings = normaliseSettings((await settingsItem.getValue()) ?? DEFAULT_SETTINGS);
    if (!settings.capture[input.platform]) throw new UserError('forbidden');
    const batchId = `har-${input.platform}-${input.capturedAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const outcome = await ingestBatch(db, { ...input, batchId, health: {} }, now, settings.snapshotIntervalMinutes * 60_000);
    return { ...ok, stored: outcome.posts };
  }),
  clearData: privileged(z.object({ confirm: z.literal('DELETE') }), async () => {
    await clearCapturedData(db);
    return ok;
  }),
});
