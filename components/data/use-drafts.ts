import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { draftMedia } from '@/lib/db/queries/media';
import { draftsByStatus, getDraft } from '@/lib/db/queries/drafts';
import type { DraftStatus } from '@/lib/db/schema';

const db = getDb();

/** The drafts in any of these statuses, live; undefined while loading. */
export function useDrafts(statuses: readonly DraftStatus[]) {
  const key = statuses.join(',');
  return useLiveQuery(() => draftsByStatus(db, key.split(',') as DraftStatus[]), [key]);
}

/** One draft as stored (its status and time), live; undefined for an unsaved draft. */
export const useDraft = (id: string | undefined) => useLiveQuery(() => (id ? getDraft(db, id) : undefined), [id]);

/** A draft's images in the order attached, live; empty for an unsaved draft. */
export const useDraftMedia = (id: string | undefined) => useLiveQuery(() => (id ? draftMedia(db, id) : []), [id]);
