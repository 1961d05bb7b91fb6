import { Calendar } from '@/components/composer/calendar';
import { rescheduleDraft } from '@/components/composer/draft-actions';
import type { DraftRow } from '@/lib/db/schema';

/** Scheduled, due, missed and posted drafts by day; dragging one to another day reschedules it. */
export function CalendarTab({ drafts, now, onEdit }: { drafts: DraftRow[]; now: number; onEdit(d: DraftRow): void }) {
  return <Calendar drafts={drafts} now={now} onEdit={onEdit} onReschedule={rescheduleDraft} />;
}
