import { t } from '@/lib/i18n/t';
import { roleLabel } from '@/lib/i18n/words';
import type { AccountRole } from '@/lib/db/schema';

export interface WatchCardProps {
  handle: string;
  platformName: string;
  role?: AccountRole;
  onWatch(role: AccountRole): void;
}

/** On a profile page: watch this account in one click, or see that it is watched. */
export function WatchCard({ handle, platformName, role, onWatch }: WatchCardProps) {
  if (role === 'competitor' || role === 'own') {
    return (
      <div className="notice ok" data-testid="watch-card" data-state="watched">
        {t('panelWatching', [handle, roleLabel(role)])}
      </div>
    );
  }
  return (
    <section className="card stack" data-testid="watch-card" data-state="unwatched">
      <div>{t('panelWatchThis', [handle, platformName])}</div>
      <div className="row">
        <button className="primary" data-action="watch-competitor" onClick={() => onWatch('competitor')}>
          {t('panelWatchCompetitor')}
        </button>
        <button data-action="watch-own" onClick={() => onWatch('own')}>
          {t('panelWatchOwn')}
        </button>
      </div>
    </section>
  );
}
