import { useDraft } from '@/components/data/use-drafts';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { useLocale } from '../ui/locale';

/** The title, the stored draft's status and time, and "New". */
export function ComposerHeader({ draftId, onNew }: { draftId: string | undefined; onNew(): void }) {
  const locale = useLocale();
  const saved = useDraft(draftId);
  return (
    <div className="row">
      <h2 id="full-composer-title">{t('composerFullTitle')}</h2>
      <span className="spacer" />
      {saved && (
        <span className="pill" data-testid="draft-status">
          {t(`draftStatus_${saved.status}`)}
          {saved.scheduledAt ? ` · ${formatDateTime(saved.scheduledAt, locale)}` : ''}
        </span>
      )}
      <button className="small" data-action="new-draft" onClick={onNew}>
        {t('composerNew')}
      </button>
    </div>
  );
}
