import { z } from 'zod';
import type { PantauDB } from '../../db/db';
import { clearCapturedData, pruneSuspects, pruneUnwatched } from '../../db/retention';
import { storageFullItem, suspectPostsItem } from '../../settings';
import { privileged } from './privileged';
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
  clearData: privileged(z.object({ confirm: z.literal('DELETE') }), async () => {
    await clearCapturedData(db);
    return ok;
  }),
});
