import { useMemo } from 'react';
import type { AccountRole, AccountRow } from '@/lib/db/schema';
import { formatDateTime, formatExact, formatRelative } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { groupAccounts, TREND_DAYS, type AccountOverview, type FollowerTrend } from '@/lib/posts/accounts';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { useLocale } from '../ui/locale';
import './posts.css';

export interface AccountsViewProps {
  rows: readonly AccountOverview[];
  now: number;
  /** Role or group changed; `ignored` is the caller's to confirm. */
  onChange(account: AccountRow, role: AccountRole | 'none', group: string | undefined): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The watchlist as its own view: by group, each account's role, group, follower trend, posts stored and last sighting. */
export function AccountsView({ rows, now, onChange }: AccountsViewProps) {
  const watched = useMemo(() => groupAccounts(rows.filter((r) => r.account.role !== 'ignored')), [rows]);
  const ignored = useMemo(() => rows.filter((r) => r.account.role === 'ignored'), [rows]);
  if (!rows.length)
    return (
      <section className="card stack" data-testid="accounts">
        <h2>{t('accountsTitle')}</h2>
        <div className="muted small">{t('watchlistEmpty')}</div>
      </section>
    );
  return (
    <div className="stack" data-testid="accounts">
      {watched.map(({ group, rows: list }) => (
        <section key={group ?? ''} className="card stack" data-group={group ?? ''}>
          <h2>{group ?? (watched.length > 1 ? t('accountsNoGroup') : t('accountsTitle'))}</h2>
          {list.map((r) => (
            <AccountLine key={`${r.account.platform}:${r.account.handle}`} row={r} now={now} onChange={onChange} />
          ))}
        </section>
      ))}
      {ignored.length > 0 && (
        <section className="card stack" data-group="ignored">
          <h2>{t('accountsIgnored')}</h2>
          <div className="muted small">{t('accountsIgnoredHint')}</div>
          {ignored.map((r) => (
            <AccountLine key={`${r.account.platform}:${r.account.handle}`} row={r} now={now} onChange={onChange} />
          ))}
        </section>
      )}
    </div>
  );
}

function AccountLine({
  row: { account: a, posts, trend, lastSeen },
  now,
  onChange,
}: {
  row: AccountOverview;
  now: number;
  onChange: AccountsViewProps['onChange'];
}) {
  const locale = useLocale();
  return (
    <div className="stack account-row" style={{ gap: 4 }} data-account={`${a.platform}:${a.handle}`}>
      <div className="row">
        <strong className="handle" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
          @{a.displayHandle}
        </strong>
        <span className="muted small">{PLATFORM_NAMES[a.platform]}</span>
        <span className="spacer" />
        <select
          className="small"
          aria-label={t('watchlistRole')}
          value={a.role}
          data-testid="account-role"
          onChange={(e) => onChange(a, e.target.value as AccountRole | 'none', a.group)}
        >
          <option value="competitor">{t('panelRoleCompetitor')}</option>
          <option value="own">{t('panelRoleOwn')}</option>
          <option value="ignored">{t('panelRoleIgnored')}</option>
          <option value="none">{t('panelUnwatch')}</option>
        </select>
      </div>
      {a.role !== 'ignored' && (
        <>
          <div className="small" data-testid="follower-trend">
            <Trend trend={trend} now={now} locale={locale} />
          </div>
          <div className="muted small" data-testid="account-activity">
            {t('accountsPosts', [formatExact(posts, locale)])}
            {' · '}
            {lastSeen !== undefined ? (
              <time dateTime={new Date(lastSeen).toISOString()} title={formatDateTime(lastSeen, locale)}>
                {t('accountsLastSeen', [formatRelative(lastSeen, now, locale)])}
              </time>
            ) : (
              t('accountsNeverSeen')
            )}
          </div>
          <input
            className="small"
            defaultValue={a.group ?? ''}
            placeholder={t('watchlistGroup')}
            aria-label={t('watchlistGroup')}
            maxLength={80}
            onBlur={(e) => {
              const group = e.target.value.trim() || undefined;
              if (group !== a.group) onChange(a, a.role, group);
            }}
          />
        </>
      )}
    </div>
  );
}

/** "Followers 12,345 · +1,234 (+11.1 %) in 30 days": a number with its sign, never a chart from 0. */
function Trend({ trend, now, locale }: { trend?: FollowerTrend; now: number; locale: string }) {
  if (!trend) return <span className="muted">{t('accountsNoFollowers')}</span>;
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
  const change = trend.change;
  const full = trend.since !== undefined && now - trend.since >= TREND_DAYS * DAY_MS - 60_000;
  return (
    <>
      <span>{t('accountsFollowers', [formatExact(trend.latest, locale)])}</span>
      {change !== undefined && trend.since !== undefined && (
        <>
          {' · '}
          <b className={change > 0 ? 'trend-up' : change < 0 ? 'trend-down' : undefined} data-change={change}>
            {signed.format(change)}
            {trend.changePct !== undefined ? ` (${pct.format(trend.changePct)})` : ''}
          </b>{' '}
          <span className="muted">
            {full
              ? t('accountsInDays', [String(TREND_DAYS)])
              : t('accountsSince', [new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(trend.since)])}
          </span>
        </>
      )}
    </>
  );
}
