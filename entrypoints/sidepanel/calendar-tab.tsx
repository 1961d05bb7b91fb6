import { Calendar } from '@/components/composer/calendar';
import { errorText } from '@/components/ui/errors';
import type { DraftRow } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/protocol';

/** Scheduled, due, missed and posted drafts by day; dragging one to another day reschedules it. */
export function CalendarTab({ drafts, now, onEdit }: { drafts: DraftRow[]; now: number; onEdit(d: DraftRow): void }) {
  return (
    <Calendar
      drafts={drafts}
      now={now}
      onEdit={onEdit}
      onReschedule={async (d, at) => {
        const res = await sendMessage('rescheduleDraft', { id: d.id, scheduledAt: at });
        return res.ok ? undefined : errorText(res.error, res.detail);
      }}
    />
  );
}
