import { useState } from 'react';
import type { DraftRow } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { moveToDay, shiftAnchor, viewDays } from '@/lib/scheduling/calendar';
import { useLocale } from '../ui/locale';
import { MonthGrid, WeekGrid, when } from './calendar-views';

export interface CalendarProps {
  drafts: DraftRow[];
  now: number;
  onEdit(draft: DraftRow): void;
  /** Move a draft to another day, keeping its time; returns words when refused. */
  onReschedule(draft: DraftRow, at: number): Promise<string | undefined>;
}

/** `at` moved to another day, and to another hour when one is given (the week grid), keeping its minutes. */
function moveTo(at: number, day: number, hour?: number): number {
  const moved = new Date(moveToDay(at, day));
  if (hour !== undefined) moved.setHours(hour);
  return moved.getTime();
}

/**
 * Week and month views of scheduled and posted drafts, made for the side panel's width: the week
 * is a time grid, the month shows each day's times and platforms and lists the month's drafts
 * with their text. Drag a scheduled draft to another day (or hour) to move it; click one to edit.
 */
export function Calendar({ drafts, now, onEdit, onReschedule }: CalendarProps) {
  const locale = useLocale();
  const [view, setView] = useState<'week' | 'month'>('week');
  const [anchor, setAnchor] = useState(now);
  const [error, setError] = useState<string>();
  const [over, setOver] = useState<string>();
  const days = viewDays(view, anchor);
  const first = days[0]!;
  const end = days.at(-1)! + 86_400_000;
  const shown = drafts.filter(
    (d) => when(d) !== undefined && ['scheduled', 'due', 'missed', 'posted'].includes(d.status) && when(d) >= first && when(d) < end,
  );
  const title = new Intl.DateTimeFormat(
    locale,
    view === 'week' ? { day: 'numeric', month: 'short', year: 'numeric' } : { month: 'long', year: 'numeric' },
  ).format(view === 'week' ? first : anchor);

  const drop = async (id: string, day: number, hour?: number) => {
    setOver(undefined);
    const draft = drafts.find((d) => d.id === id);
    if (!draft?.scheduledAt || draft.status === 'posted') return;
    const at = moveTo(draft.scheduledAt, day, hour);
    if (at === draft.scheduledAt) return;
    setError(await onReschedule(draft, at));
  };
  const dropProps = (key: string, day: number, hour?: number) => ({
    onDragOver: (e: React.DragEvent) => {
      e.preventDefault();
      setOver(key);
    },
    onDragLeave: () => setOver(undefined),
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      void drop(e.dataTransfer.getData('text/plain'), day, hour);
    },
  });
  const props = { days, items: shown, now, anchor, locale, over, onEdit, dropProps };

  return (
    <section className="stack" data-testid="calendar" data-view={view}>
      <div className="row wrap">
        <h2>{t('calendarTitle')}</h2>
        <span className="spacer" />
        <div className="tabs" role="tablist">
          <button role="tab" aria-selected={view === 'week'} data-view-button="week" onClick={() => setView('week')}>
            {t('calendarWeek')}
          </button>
          <button role="tab" aria-selected={view === 'month'} data-view-button="month" onClick={() => setView('month')}>
            {t('calendarMonth')}
          </button>
        </div>
      </div>
      <div className="row">
        <button
          className="small"
          aria-label={t('calendarPrev')}
          data-action="prev"
          onClick={() => setAnchor(shiftAnchor(view, anchor, -1))}
        >
          ‹
        </button>
        <b data-testid="calendar-range">{title}</b>
        <button className="small" aria-label={t('calendarNext')} data-action="next" onClick={() => setAnchor(shiftAnchor(view, anchor, 1))}>
          ›
        </button>
        <button className="small" data-action="today" onClick={() => setAnchor(now)}>
          {t('calendarToday')}
        </button>
      </div>
      {error && (
        <div className="notice error" role="alert">
          {error}
        </div>
      )}
      {!shown.length && <div className="muted small">{t('calendarEmpty')}</div>}
      {view === 'week' ? <WeekGrid {...props} /> : <MonthGrid {...props} />}
    </section>
  );
}
