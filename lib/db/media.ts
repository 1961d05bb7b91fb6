import type { PantauDB } from './db';
import { MEDIA_PER_DRAFT, type MediaRow } from './schema';

/**
 * Attach an image to a draft. The draft check and the per-draft cap are read in the same
 * transaction as the write, so two attaches at once cannot both take the last slot.
 */
export async function attachMedia(db: PantauDB, row: MediaRow): Promise<'attached' | 'notFound' | 'tooManyMedia'> {
  return db.transaction('rw', db.drafts, db.media, async () => {
    if (!(await db.drafts.get(row.draftId))) return 'notFound';
    if ((await db.media.where('draftId').equals(row.draftId).count()) >= MEDIA_PER_DRAFT) return 'tooManyMedia';
    await db.media.add(row);
    return 'attached';
  });
}

export async function removeMedia(db: PantauDB, id: string): Promise<void> {
  await db.media.delete(id);
}
