import { t } from '@/lib/i18n/t';

/** What a new user sees: what Pantau does and the one thing to do next. */
export function EmptyState() {
  return (
    <div className="empty card" data-testid="empty-state">
      <h2>{t('panelEmptyTitle')}</h2>
      <p>{t('panelEmptyBody')}</p>
      <a className="primary" href="https://x.com/home" target="_blank" rel="noopener noreferrer">
        <button className="primary">{t('panelOpenX')} ↗</button>
      </a>
    </div>
  );
}
