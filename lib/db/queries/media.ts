import type { PantauDB } from '../db';
import type { MediaRow } from '../schema';

/** A draft's images, in the order they were attached. */
export const draftMedia = (db: PantauDB, draftId: string): Promise<MediaRow[]> =>
  db.media.where('draftId').equals(draftId).sortBy('addedAt');
