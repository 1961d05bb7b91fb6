import type { PantauDB } from '../db';
import type { DraftRow, DraftStatus } from '../schema';

/** The drafts in any of these statuses (the `status` index). */
export const draftsByStatus = (db: PantauDB, statuses: readonly DraftStatus[]): Promise<DraftRow[]> =>
  db.drafts.where('status').anyOf(statuses).toArray();

/** One draft by id. */
export const getDraft = (db: PantauDB, id: string): Promise<DraftRow | undefined> => db.drafts.get(id);

/** Every draft, whatever its status (the Drafts list). */
export const allDrafts = (db: PantauDB): Promise<DraftRow[]> => db.drafts.toArray();
