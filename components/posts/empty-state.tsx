import { i18n } from '#i18n';

/** What a new user sees: what Pantau does and the one thing to do next. */
export function EmptyState() {
  return (
    <div className="empty card" data-testid="empty-state">
      <h2>{i18n.t('panelEmptyTitle')}</h2>
      <p>{i18n.t('panelEmptyBody')}</p>
      <a className="primary" href="https://x.com/home" target="_blank" rel="noopener noreferrer">
        <button className="primary">{i18n.t('panelOpenX')} ↗</button>
      </a>
    </div>
  );
}
