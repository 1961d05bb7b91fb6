import { useState } from 'react';
import type { DraftRow } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { dayKey, dayStart, moveToDay, sameDay, shiftAnchor, viewDays } from '@/lib/scheduling/calendar';
import { useLocale } from '../ui/locale';

export interface CalendarProps {
  drafts: DraftRow[];
  now: number;
  onEdit(draft: DraftRow): void;
  /** Move a draft to another day, keeping its time; returns words when refused. */
  onReschedule(draft: DraftRow, at: number): Promise<string | undefined>;
}

const when = (d: DraftRow) => d.scheduledAt ?? d.postedAt;
const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/**
 * Week and month views of scheduled and posted drafts. Drag a scheduled draft to another day to
 * move it there at the same time; click one to edit it in the composer.
 */
export function Calendar({ drafts, now, onEdit, onReschedule }: CalendarProps) {
  const locale = useLocale();
  const [view, setView] = useState<'week' | 'month'>('week');
  const [anchor, setAnchor] = useState(now);
  const [error, setError] = useState<string>();
  const [over, setOver] = useState<number>();
  const days = viewDays(view, anchor);
  const shown = drafts.filter((d) => when(d) !== undefined && ['scheduled', 'due', 'missed', 'posted'].includes(d.status));
  const title = new Intl.DateTimeFormat(
    locale,
    view === 'week' ? { day: 'numeric', month: 'short', year: 'numeric' } : { month: 'long', year: 'numeric' },
  ).format(view === 'week' ? days[0] : anchor);
  const dayFmt = new Intl.DateTimeFormat(locale, view === 'week' ? { weekday: 'short', day: 'numeric' } : { day: 'numeric' });
  const timeFmt = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const weekdays = days.slice(0, 7).map((d) => new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(d));

  const drop = async (day: number, id: string) => {
    setOver(undefined);
    const draft = drafts.find((d) => d.id === id);
    if (!draft?.scheduledAt || draft.status === 'posted') return;
    const at = moveToDay(draft.scheduledAt, day);
    if (at === draft.scheduledAt) return;
    setError(await onReschedule(draft, at));
  };

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
      {view === 'month' && (
        <div className="cal-grid cal-head">
          {weekdays.map((w) => (
            <div key={w} className="muted small">
              {w}
            </div>
          ))}
        </div>
      )}
      <div className={view === 'week' ? 'cal-week' : 'cal-grid'}>
        {days.map((day) => {
          const items = shown.filter((d) => sameDay(when(d)!, day)).sort((a, b) => when(a)! - when(b)!);
          const outside = view === 'month' && new Date(day).getMonth() !== new Date(anchor).getMonth();
          return (
            <div
              key={day}
              className={`cal-day ${sameDay(day, now) ? 'today' : ''} ${outside ? 'outside' : ''} ${over === day ? 'drop' : ''} ${day < dayStart(now) ? 'past' : ''}`}
              data-day={dayKey(day)}
              data-day-ms={day}
              onDragOver={(e) => {
                e.preventDefault();
                setOver(day);
              }}
              onDragLeave={() => setOver(undefined)}
              onDrop={(e) => {
                e.preventDefault();
                void drop(day, e.dataTransfer.getData('text/plain'));
              }}
            >
              <div className="cal-date small">{dayFmt.format(day)}</div>
              {items.map((d) => (
                <button
                  key={d.id}
                  className={`cal-item status-${d.status}`}
                  draggable={d.status !== 'posted'}
                  data-cal-draft={d.id}
                  data-status={d.status}
                  title={`${t(`draftStatus_${d.status}` as 'draftStatus_scheduled')} · ${d.platforms.map((p) => PLATFORM_NAMES[p]).join(', ')}`}
                  onDragStart={(e) => {
                    e.dataTransfer.setData('text/plain', d.id);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  onClick={() => onEdit(d)}
                >
                  <span className="cal-time">{timeFmt.format(when(d)!)}</span> {excerpt(d.text)}
                </button>
              ))}
            </div>
          );
        })}
      </div>
    </section>
  );
}
