import type { DragEvent } from 'react';
import type { DraftRow } from '@/lib/db/schema';
import { excerpt } from '@/lib/drafts/search';
import { t } from '@/lib/i18n/t';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { dayKey, dayStart, sameDay } from '@/lib/scheduling/calendar';
import { PlatformMarks } from '../ui/platform-badge';

export const when = (d: DraftRow) => (d.scheduledAt ?? d.postedAt)!;

/** What every view needs: the drafts in view, how to word times, and the drag and click handlers. */
export interface ViewProps {
  days: number[];
  items: DraftRow[];
  now: number;
  anchor: number;
  locale: string;
  over: string | undefined;
  onEdit(d: DraftRow): void;
  /** A drop on a day (and, in the week grid, an hour): `key` marks the cell being hovered. */
  dropProps(key: string, day: number, hour?: number): Record<string, unknown>;
}

const timeFmt = (locale: string) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
const title = (d: DraftRow) =>
  `${t(`draftStatus_${d.status}` as 'draftStatus_scheduled')} · ${d.platforms.map((p) => PLATFORM_NAMES[p]).join(', ')}\n${excerpt(d.text, 200)}`;

function dragProps(d: DraftRow) {
  return {
    draggable: d.status !== 'posted',
    onDragStart: (e: DragEvent) => {
      e.dataTransfer.setData('text/plain', d.id);
      e.dataTransfer.effectAllowed = 'move';
    },
  };
}

/** One draft in a cell: time and platform marks, and as much of the text as the cell holds. */
function Item({ d, locale, onEdit, text }: { d: DraftRow; locale: string; onEdit(d: DraftRow): void; text: boolean }) {
  return (
    <button
      className={`cal-item status-${d.status}`}
      data-cal-draft={d.id}
      data-status={d.status}
      title={title(d)}
      onClick={() => onEdit(d)}
      {...dragProps(d)}
    >
      <span className="cal-time">{timeFmt(locale).format(when(d))}</span>
      <PlatformMarks platforms={d.platforms} />
      {text && <span className="cal-excerpt">{excerpt(d.text, 60)}</span>}
    </button>
  );
}

/**
 * The week as a time grid: a column per day, a row per hour (06–22, stretched to any draft outside
 * it). A drop on a cell moves the draft to that day and hour, keeping its minutes.
 */
export function WeekGrid({ days, items, now, locale, over, onEdit, dropProps }: ViewProps) {
  const hours = items.map((d) => new Date(when(d)).getHours());
  const first = Math.min(6, ...hours);
  const last = Math.max(22, ...hours);
  const dayFmt = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric' });
  const hourFmt = new Intl.DateTimeFormat(locale, { hour: 'numeric' });
  return (
    <div className="cal-time-grid" role="grid">
      <div className="cal-corner" />
      {days.map((day) => (
        <div key={day} className={`cal-col-head small ${sameDay(day, now) ? 'today' : ''}`} data-day={dayKey(day)} data-day-ms={day}>
          {dayFmt.format(day)}
        </div>
      ))}
      {Array.from({ length: last - first + 1 }, (_, i) => first + i).map((hour) => (
        <div key={hour} className="cal-row" role="row">
          <div className="cal-hour small muted">{hourFmt.format(new Date(2020, 0, 1, hour))}</div>
          {days.map((day) => {
            const key = `${dayKey(day)}T${hour}`;
            const cell = items.filter((d) => sameDay(when(d), day) && new Date(when(d)).getHours() === hour);
            return (
              <div
                key={key}
                role="gridcell"
                className={`cal-slot ${day < dayStart(now) ? 'past' : ''} ${over === key ? 'drop' : ''}`}
                data-slot-day={dayKey(day)}
                data-slot-hour={hour}
                {...dropProps(key, day, hour)}
              >
                {cell.map((d) => (
                  <Item key={d.id} d={d} locale={locale} onEdit={onEdit} text />
                ))}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

/**
 * The month: day cells with each draft's time and platform marks (a cell at panel width holds no
 * more), then the month's drafts as a list with the text. A drop on a day keeps the time.
 */
export function MonthGrid({ days, items, now, anchor, locale, over, onEdit, dropProps }: ViewProps) {
  const weekdays = days.slice(0, 7).map((d) => new Intl.DateTimeFormat(locale, { weekday: 'narrow' }).format(d));
  const dayFmt = new Intl.DateTimeFormat(locale, { day: 'numeric' });
  const month = new Date(anchor).getMonth();
  const inMonth = items.filter((d) => new Date(when(d)).getMonth() === month).sort((a, b) => when(a) - when(b));
  const agendaDays = [...new Set(inMonth.map((d) => dayStart(when(d))))];
  const agendaFmt = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
  return (
    <>
      <div className="cal-grid cal-head">
        {weekdays.map((w, i) => (
          <div key={i} className="muted small">
            {w}
          </div>
        ))}
      </div>
      <div className="cal-grid">
        {days.map((day) => {
          const cell = items.filter((d) => sameDay(when(d), day)).sort((a, b) => when(a) - when(b));
          const outside = new Date(day).getMonth() !== month;
          const key = dayKey(day);
          return (
            <div
              key={day}
              className={`cal-day ${sameDay(day, now) ? 'today' : ''} ${outside ? 'outside' : ''} ${over === key ? 'drop' : ''} ${day < dayStart(now) ? 'past' : ''}`}
              data-day={key}
              data-day-ms={day}
              {...dropProps(key, day)}
            >
              <div className="cal-date small">{dayFmt.format(day)}</div>
              {cell.slice(0, 2).map((d) => (
                <Item key={d.id} d={d} locale={locale} onEdit={onEdit} text={false} />
              ))}
              {cell.length > 2 && <span className="muted cal-more">{t('calendarMore', [String(cell.length - 2)])}</span>}
            </div>
          );
        })}
      </div>
      {inMonth.length > 0 && (
        <ol className="cal-agenda stack" data-testid="calendar-agenda">
          {agendaDays.map((day) => (
            <li key={day} className="stack">
              <b className="small">{agendaFmt.format(day)}</b>
              {inMonth
                .filter((d) => sameDay(when(d), day))
                .map((d) => (
                  <button
                    key={d.id}
                    className={`cal-agenda-item status-${d.status}`}
                    data-agenda-draft={d.id}
                    title={title(d)}
                    onClick={() => onEdit(d)}
                    {...dragProps(d)}
                  >
                    <span className="cal-time">{timeFmt(locale).format(when(d))}</span>
                    <PlatformMarks platforms={d.platforms} />
                    <span className="cal-excerpt">{excerpt(d.text, 90)}</span>
                  </button>
                ))}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
