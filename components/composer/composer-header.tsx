import { useStoredDraft } from '@/components/data/use-drafts';
import { hasUnsavedChanges, type DraftInput } from '@/lib/db/drafts';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { useLocale } from '../ui/locale';

/**
 * The title, the stored draft's status and time, "Unsaved changes" against the stored version, and
 * "New". For a draft with a time, it says which version goes out then: the saved one.
 */
export function ComposerHeader({ state, onNew }: { state: DraftInput; onNew(): void }) {
  const locale = useLocale();
  const saved = useStoredDraft(state.id);
  const stored = saved === 'loading' ? undefined : (saved ?? undefined);
  const unsaved = saved !== 'loading' && hasUnsavedChanges(state, stored);
  const timed = stored && stored.scheduledAt !== undefined && ['scheduled', 'due', 'missed'].includes(stored.status);
  return (
    <>
      <div className="row wrap">
        <h2 id="full-composer-title">{t('composerFullTitle')}</h2>
        <span className="spacer" />
        {stored && (
          <span className="pill" data-testid="draft-status">
            {t(`draftStatus_${stored.status}`)}
            {stored.scheduledAt ? ` · ${formatDateTime(stored.scheduledAt, locale)}` : ''}
          </span>
        )}
        {unsaved && !timed && (
          <span className="pill warn" data-testid="unsaved">
            {t('composerUnsaved')}
          </span>
        )}
        <button className="small" data-action="new-draft" onClick={onNew}>
          {t('composerNew')}
        </button>
      </div>
      {unsaved && timed && (
        <div className="notice warn small" role="status" data-testid="unsaved">
          {t('composerUnsavedScheduled', [formatDateTime(stored.scheduledAt!, locale)])}
        </div>
      )}
    </>
  );
}
