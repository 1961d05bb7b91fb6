import { t } from '@/lib/i18n/t';
import type { AccountRole, AccountRow } from '@/lib/db/schema';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';

export interface WatchlistProps {
  accounts: AccountRow[];
  onChange(account: AccountRow, role: AccountRole | 'none', group: string | undefined): void;
}

/** Watched and ignored accounts: role and group editable in place. */
export function Watchlist({ accounts, onChange }: WatchlistProps) {
  return (
    <section className="card stack" data-testid="watchlist">
      <h2>{t('watchlistTitle')}</h2>
      {accounts.length === 0 && <div className="muted small">{t('watchlistEmpty')}</div>}
      {accounts.map((a) => (
        <div key={`${a.platform}:${a.handle}`} className="row wrap" data-account={`${a.platform}:${a.handle}`}>
          <strong>@{a.displayHandle}</strong>
          <span className="muted small">{PLATFORM_NAMES[a.platform]}</span>
          <span className="spacer" />
          <input
            className="small"
            style={{ width: 130 }}
            defaultValue={a.group ?? ''}
            placeholder={t('watchlistGroup')}
            aria-label={t('watchlistGroup')}
            maxLength={80}
            onBlur={(e) => {
              const group = e.target.value.trim() || undefined;
              if (group !== a.group) onChange(a, a.role, group);
            }}
          />
          <select
            aria-label={t('watchlistRole')}
            value={a.role}
            onChange={(e) => onChange(a, e.target.value as AccountRole | 'none', a.group)}
          >
            <option value="competitor">{t('panelRoleCompetitor')}</option>
            <option value="own">{t('panelRoleOwn')}</option>
            <option value="ignored">{t('panelRoleIgnored')}</option>
            <option value="none">{t('panelUnwatch')}</option>
          </select>
        </div>
      ))}
    </section>
  );
}
