import { t } from '@/lib/i18n/t';
import type { DraftRow } from '@/lib/db/schema';
import { formatDateTime } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { useLocale } from '../ui/locale';

export interface DraftListProps {
  drafts: DraftRow[];
  onPost(draft: DraftRow): void;
  /** Open it in the full composer (side panel). */
  onEdit?(draft: DraftRow): void;
  onMarkPosted(draft: DraftRow): void;
  onDelete(draft: DraftRow): void;
}

const SECTIONS = [
  ['due', () => t('draftsDue')],
  ['missed', () => t('draftsMissed')],
  ['scheduled', () => t('draftsScheduled')],
] as const;

/** Due and missed drafts first, each one click from "Post now" (every target's composer). */
export function DraftList({ drafts, onPost, onEdit, onMarkPosted, onDelete }: DraftListProps) {
  const locale = useLocale();
  return (
    <>
      {SECTIONS.map(([status, title]) => {
        const rows = drafts.filter((d) => d.status === status).sort((a, b) => (a.scheduledAt ?? 0) - (b.scheduledAt ?? 0));
        if (!rows.length) return null;
        return (
          <section key={status} className="stack" data-drafts={status}>
            <h3>{title()}</h3>
            {rows.map((d) => (
              <div key={d.id} className="card" data-draft-id={d.id} data-status={d.status}>
                <div className="post-text">{d.text}</div>
                <div className="muted small">{d.platforms.map((p) => PLATFORM_NAMES[p]).join(' · ')}</div>
                <div className="row">
                  {d.scheduledAt !== undefined && <span className="muted small">{formatDateTime(d.scheduledAt, locale)}</span>}
                  <span className="spacer" />
                  {status !== 'scheduled' && (
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
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
