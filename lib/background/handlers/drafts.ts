import type { PantauDB } from '../../db/db';
import { duplicateDraft, markDraftPosted, queueDraft, rescheduleDraft, saveDraft, scheduleDraft } from '../../db/drafts';
import { attachMedia, removeMedia } from '../../db/media';
import { MEDIA_MAX_BYTES } from '../../db/schema';
import * as S from '../../messaging/schemas';
import { composeTargetsItem, getSettings, openDraftItem } from '../../settings';
import { answerSuggestion, draftFromPage, snoozeDraft } from '../drafts';
import { reconcileAlarms } from '../scheduler';
import { trashDraft, undoDelete } from '../trash';
import { privileged, UserError } from './privileged';
import { newId, ok, type HandlerTable } from './table';

/** Writing, scheduling and deleting drafts, and their images. Every schedule change re-plans the alarms. */
export const draftHandlers = (db: PantauDB): HandlerTable => {
  const reconcile = () => reconcileAlarms(db, Date.now());
  return {
    answerSuggestion: privileged(S.answerSuggestionSchema, async ({ id, target, mine }) => {
      const done = await answerSuggestion(db, id, target, mine, Date.now());
      await reconcile();
      return done ? ok : ({ ok: false, error: 'notFound' } as const);
    }),
    saveDraft: privileged(S.saveDraftSchema, async (input) => {
      const row = await saveDraft(db, input, Date.now(), newId);
      await composeTargetsItem.setValue(row.platforms);
      await reconcile();
      return { ...ok, id: row.id };
    }),
    scheduleDraft: privileged(S.scheduleDraftSchema, async (input) => {
      const row = await scheduleDraft(db, input, Date.now(), newId);
      await reconcile();
      return { ...ok, id: row.id };
    }),
    queueDraft: privileged(S.saveDraftSchema, async (input) => {
      const row = await queueDraft(db, input, (await getSettings()).queueSlots, Date.now(), newId);
      await reconcile();
      return { ...ok, id: row.id, scheduledAt: row.scheduledAt! };
    }),
    rescheduleDraft: privileged(S.rescheduleSchema, async ({ id, scheduledAt }) => {
      const row = await rescheduleDraft(db, id, scheduledAt, Date.now());
      await reconcile();
      return row ? ok : ({ ok: false, error: 'notFound' } as const);
    }),
    snoozeDraft: privileged(S.snoozeSchema, async ({ id, minutes }) => {
      const row = await snoozeDraft(db, id, minutes, Date.now());
      await reconcile();
      return row ? { ...ok, scheduledAt: row.scheduledAt! } : ({ ok: false, error: 'notFound' } as const);
    }),
    deleteDraft: privileged(S.draftRefSchema, async ({ id }) => {
      await trashDraft(db, id, Date.now());
      await reconcile();
      return ok;
    }),
    undoDeleteDraft: privileged(S.draftRefSchema, async ({ id }) => {
      const restored = await undoDelete(db, id, Date.now());
      await reconcile();
      return restored ? ok : ({ ok: false, error: 'notFound' } as const);
    }),
    duplicateDraft: privileged(S.draftRefSchema, async ({ id }) => {
      const row = await duplicateDraft(db, id, Date.now(), newId);
      return row ? { ...ok, id: row.id } : ({ ok: false, error: 'notFound' } as const);
    }),
    markDraftPosted: privileged(S.markPostedSchema, async ({ id, target, url }) => {
      if (!(await markDraftPosted(db, id, target, url, Date.now()))) return { ok: false, error: 'notFound' } as const;
      await reconcile();
      return ok;
    }),
    draftFromPage: privileged(S.draftFromPageSchema, async (input) => {
      const draft = await draftFromPage(db, input, Date.now(), newId);
      await openDraftItem.setValue(draft.id); // the side panel's composer opens it
      return { ...ok, id: draft.id };
    }),
    attachMedia: privileged(S.attachMediaSchema, async ({ draftId, name, type, dataUrl }) => {
      const blob = await (await fetch(dataUrl)).blob();
      if (blob.size > MEDIA_MAX_BYTES) throw new UserError('invalidInput');
      const id = newId();
      const added = await attachMedia(db, {
        id,
        draftId,
        name,
        type,
        size: blob.size,
        blob: new Blob([blob], { type }),
        addedAt: Date.now(),
      });
      if (added !== 'attached') throw new UserError(added);
      return { ...ok, id };
    }),
    removeMedia: privileged(S.draftRefSchema, async ({ id }) => {
      await removeMedia(db, id);
      return ok;
    }),
  };
};
