import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import type { DraftRow } from '@/lib/db/schema';
import { formatDateTime, fromLocalInput, toLocalInput } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { useLocale } from '../ui/locale';
import { Notice, type NoticeData } from '../ui/notice';

export interface DraftListProps {
  drafts: DraftRow[];
  onPost(draft: DraftRow): void;
  /** Open it in the full composer (side panel). */
  onEdit?(draft: DraftRow): void;
  onMarkPosted(draft: DraftRow): void;
  onDelete(draft: DraftRow): void;
  /** "Snooze 15 min" on a due or missed draft; resolves to the new time, or words when refused. */
  onSnooze(draft: DraftRow): Promise<number | string>;
  /** Move a due or missed draft to a chosen time; resolves to words when refused. */
  onReschedule(draft: DraftRow, at: number): Promise<string | undefined>;
  now(): number;
}

const SECTIONS = [
  ['due', () => t('draftsDue')],
  ['missed', () => t('draftsMissed')],
  ['scheduled', () => t('draftsScheduled')],
] as const;

/**
 * Due and missed drafts first, each one click from "Post now" (every target's composer), Snooze
 * or Reschedule, the same as the notification offers; then the scheduled ones.
 */
export function DraftList({ drafts, onPost, onEdit, onMarkPosted, onDelete, onSnooze, onReschedule, now }: DraftListProps) {
  return (
    <>
      {SECTIONS.map(([status, title]) => {
        const rows = drafts.filter((d) => d.status === status).sort((a, b) => (a.scheduledAt ?? 0) - (b.scheduledAt ?? 0));
        if (!rows.length) return null;
        return (
          <section key={status} className="stack" data-drafts={status}>
            <h3>{title()}</h3>
            {rows.map((d) => (
              <DraftCard key={d.id} d={d} {...{ onPost, onEdit, onMarkPosted, onDelete, onSnooze, onReschedule, now }} />
            ))}
          </section>
        );
      })}
    </>
  );
}

function DraftCard({
  d,
  onPost,
  onEdit,
  onMarkPosted,
  onDelete,
  onSnooze,
  onReschedule,
  now,
}: Omit<DraftListProps, 'drafts'> & { d: DraftRow }) {
  const locale = useLocale();
  const waiting = d.status === 'due' || d.status === 'missed';
  const [moving, setMoving] = useState(false);
  const [when, setWhen] = useState(() => toLocalInput(now() + 60 * 60 * 1000));
  const [notice, setNotice] = useState<NoticeData>();
  const snooze = async () => {
    const res = await onSnooze(d);
    setNotice(
      typeof res === 'number' ? { kind: 'ok', text: t('draftSnoozed', [formatDateTime(res, locale)]) } : { kind: 'error', text: res },
    );
  };
  const move = async () => {
    const at = fromLocalInput(when);
    if (at === undefined) return setNotice({ kind: 'error', text: t('errScheduleInvalid') });
    if (at <= now()) return setNotice({ kind: 'error', text: t('errScheduleInPast') });
    const refused = await onReschedule(d, at);
    setNotice(refused ? { kind: 'error', text: refused } : { kind: 'ok', text: t('draftRescheduled', [formatDateTime(at, locale)]) });
    if (!refused) setMoving(false);
  };
  return (
    <div className="card stack" data-draft-id={d.id} data-status={d.status}>
      <div className="post-text">{d.text}</div>
      <div className="muted small">{d.platforms.map((p) => PLATFORM_NAMES[p]).join(' · ')}</div>
      <div className="row wrap">
        {d.scheduledAt !== undefined && <span className="muted small">{formatDateTime(d.scheduledAt, locale)}</span>}
        <span className="spacer" />
        {waiting && (
          <button className="small" onClick={() => onMarkPosted(d)}>
            {t('draftMarkPosted')}
          </button>
        )}
        <button className="small" onClick={() => onDelete(d)}>
          {t('draftDelete')}
        </button>
        {onEdit && (
          <button className="small" data-action="edit-draft" onClick={() => onEdit(d)}>
            {t('draftEdit')}
          </button>
        )}
        <button className="small primary" data-action="post-now" onClick={() => onPost(d)}>
          {t('draftPostNow')}
        </button>
      </div>
      {waiting && (
        <div className="row wrap">
          <button className="small" data-action="snooze" onClick={() => void snooze()}>
            {t('draftSnooze')}
          </button>
          <button className="small" data-action="reschedule" aria-expanded={moving} onClick={() => setMoving((m) => !m)}>
            {t('draftReschedule')}
          </button>
        </div>
      )}
      {waiting && moving && (
        <div className="row wrap">
          <input
            type="datetime-local"
            data-testid="reschedule-at"
            aria-label={t('draftRescheduleAt')}
            value={when}
            onChange={(e) => setWhen(e.target.value)}
          />
          <button className="small primary" data-action="confirm-reschedule" onClick={() => void move()}>
            {t('draftRescheduleConfirm')}
          </button>
        </div>
      )}
      <Notice notice={notice} />
    </div>
  );
}
