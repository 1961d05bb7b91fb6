import { useState } from 'react';
import type { DraftRow } from '@/lib/db/schema';
import { excerpt, searchDrafts } from '@/lib/drafts/search';
import { formatDateTime, formatRelative } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { useLocale } from '../ui/locale';

const statusText = (d: DraftRow) => t(`draftStatus_${d.status}` as 'draftStatus_draft');

export interface DraftBrowserProps {
  drafts: DraftRow[];
  now: number;
  /** Drafts deleted within the undo window, newest last. */
  deleted: readonly DraftRow[];
  onEdit(d: DraftRow): void;
  onTemplate(d: DraftRow): void;
  onDelete(d: DraftRow): void;
  onUndo(d: DraftRow): void;
}

/**
 * The Drafts list: every draft, newest edit first, with its status, targets, last edit and an
 * excerpt; search; open, use as a template, delete (with "Undo" while the background keeps it).
 * Draft text is the user's own but rendered as text all the same.
 */
export function DraftBrowser({ drafts, now, deleted, onEdit, onTemplate, onDelete, onUndo }: DraftBrowserProps) {
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const shown = searchDrafts(drafts, query, (d) => [statusText(d), ...d.platforms.map((p) => PLATFORM_NAMES[p])]);
  const lastDeleted = deleted.at(-1);
  return (
    <section className="stack" data-testid="drafts">
      <div className="row">
        <input
          type="search"
          className="grow"
          data-testid="drafts-search"
          placeholder={t('draftsSearch')}
          aria-label={t('draftsSearch')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="muted small" data-testid="drafts-shown">
          {t('draftsShown', [String(shown.length), String(drafts.length)])}
        </span>
      </div>
      {lastDeleted && (
        <div className="notice warn row" role="status" data-testid="draft-deleted">
          <span className="grow clamp-1">{t('draftDeleted', [excerpt(lastDeleted.text, 60)])}</span>
          <button className="small" data-action="undo-delete" onClick={() => onUndo(lastDeleted)}>
            {t('draftUndo')}
          </button>
        </div>
      )}
      {!drafts.length && <div className="muted small">{t('draftsEmpty')}</div>}
      {drafts.length > 0 && !shown.length && <div className="muted small">{t('draftsNoMatch', [query.trim()])}</div>}
      {shown.map((d) => (
        <article key={d.id} className="card stack draft-card" data-draft-id={d.id} data-status={d.status}>
          <div className="row wrap small">
            <span className={`pill status-${d.status}`}>{statusText(d)}</span>
            <span className="muted">{d.platforms.map((p) => PLATFORM_NAMES[p]).join(' · ')}</span>
            <span className="spacer" />
            <span className="muted" title={formatDateTime(d.updatedAt, locale)}>
              {t('draftEdited', [formatRelative(d.updatedAt, now, locale)])}
            </span>
          </div>
          <div className="draft-excerpt" data-testid="draft-excerpt">
            {excerpt(d.text)}
          </div>
          {d.scheduledAt !== undefined && d.status !== 'draft' && (
            <div className="muted small">{t('draftScheduledFor', [formatDateTime(d.scheduledAt, locale)])}</div>
          )}
          <div className="row">
            <span className="spacer" />
            <button className="small" data-action="delete-draft" onClick={() => onDelete(d)}>
              {t('draftDelete')}
            </button>
            <button className="small" data-action="use-template" onClick={() => onTemplate(d)}>
              {t('draftUseTemplate')}
            </button>
            <button className="small primary" data-action="edit-draft" onClick={() => onEdit(d)}>
              {t('draftEdit')}
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
