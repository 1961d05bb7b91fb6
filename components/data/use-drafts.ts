import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { draftMedia } from '@/lib/db/queries/media';
import { allDrafts, draftsByStatus, getDraft } from '@/lib/db/queries/drafts';
import type { DraftStatus } from '@/lib/db/schema';

const db = getDb();

/** The drafts in any of these statuses, live; undefined while loading. */
export function useDrafts(statuses: readonly DraftStatus[]) {
  const key = statuses.join(',');
  return useLiveQuery(() => draftsByStatus(db, key.split(',') as DraftStatus[]), [key]);
}

/** Every draft, live (the Drafts list); undefined while loading. */
export const useAllDrafts = () => useLiveQuery(() => allDrafts(db), []);

/**
 * One draft as stored, live: `null` when there is none (an unsaved or deleted draft), `'loading'`
 * until the first read, so "Unsaved changes" is never shown for a draft that is only loading.
 */
export const useStoredDraft = (id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await getDraft(db, id)) ?? null) : null), [id], 'loading' as const);

/** One draft as stored (its status and time), live; undefined for an unsaved draft. */
export const useDraft = (id: string | undefined) => useLiveQuery(() => (id ? getDraft(db, id) : undefined), [id]);

/** A draft's images in the order attached, live; empty for an unsaved draft. */
export const useDraftMedia = (id: string | undefined) => useLiveQuery(() => (id ? draftMedia(db, id) : []), [id]);
