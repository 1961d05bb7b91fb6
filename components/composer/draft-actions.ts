import type { DraftRow } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/protocol';
import { errorText } from '../ui/errors';

/** How long "Snooze" puts a due or missed draft off, as the notification's button does. */
export const SNOOZE_MINUTES = 15;

/** "Snooze 15 min": the new time, or words for why not. */
export async function snoozeDraft(d: DraftRow): Promise<number | string> {
  const res = await sendMessage('snoozeDraft', { id: d.id, minutes: SNOOZE_MINUTES });
  return res.ok ? res.scheduledAt : errorText(res.error, res.detail);
}

/** Move a draft to another time (the cards' Reschedule, the calendar's drag): words when refused. */
export async function rescheduleDraft(d: DraftRow, at: number): Promise<string | undefined> {
  const res = await sendMessage('rescheduleDraft', { id: d.id, scheduledAt: at });
  return res.ok ? undefined : errorText(res.error, res.detail);
}

/** The actions every list of drafts offers, wired to the background. */
export const draftListActions = {
  onMarkPosted: (d: DraftRow) => void sendMessage('markDraftPosted', { id: d.id }),
  onDelete: (d: DraftRow) => void sendMessage('deleteDraft', { id: d.id }),
  onSnooze: snoozeDraft,
  onReschedule: rescheduleDraft,
  now: Date.now,
};
