import { useState } from 'react';
import { useInsights } from '@/components/data/use-insights';
import { InsightsView } from '@/components/insights/insights-view';
import { useNow } from '@/components/ui/use-now';
import { t } from '@/lib/i18n/t';
import { tp } from '@/lib/i18n/plural';
import { MIN_INSIGHT_POSTS as MIN_POSTS, type Dashboard } from '@/lib/insights/dashboard';
import { addLocalDays, dateRange, lastDays, localDateInput, localDaysBetween } from '@/lib/insights/period';
import { localTimeZone } from '@/lib/insights/scope';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import type { PlatformId } from '@/lib/platforms/types';

const timeZone = localTimeZone();

/** Controls (platform, account or group, period) over the live dashboard. */
export function InsightsTab({
  platforms,
  initialAccount,
}: {
  platforms: PlatformId[];
  initialAccount?: { platform: PlatformId; handle: string };
}) {
  const [platformPick, setPlatform] = useState<PlatformId>();
  const [scopePick, setScope] = useState<string>();
  const [days, setDays] = useState<number | 'custom'>(30);
  const [custom, setCustom] = useState(() => ({
    from: localDateInput(addLocalDays(Date.now(), -29, timeZone), timeZone),
    to: localDateInput(Date.now(), timeZone),
  }));
  const now = useNow(60_000);
  // Whole local days: the numbers stay the same all day, whatever the hour.
  const period = days === 'custom' ? dateRange(custom.from, custom.to, timeZone) : lastDays(days, now, timeZone);
  const data = useInsights({ platform: platformPick, scope: scopePick, initialAccount, platforms, period, timeZone });

  const accounts = data?.accounts ?? [];
  const platform = data?.platform;
  const scope = data?.scope ?? 'all';
  const insights = data?.insights;
  const onPlatform = accounts.filter((a) => a.platform === platform);
  const groups = [...new Set(onPlatform.map((a) => a.group).filter((g): g is string => !!g))];

  if (!data) return null;
  if (!platform) return <div className="muted">{t('insightsPickPlatform')}</div>;
  return (
    <div className="stack">
      <div className="row wrap">
        <select
          aria-label={t('panelPlatformAll')}
          data-testid="insights-platform"
          value={platform}
          onChange={(e) => (setPlatform(e.target.value as PlatformId), setScope('all'))}
        >
          {platforms.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </select>
        <select aria-label={t('colAccount')} data-testid="insights-scope" value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="all">{t('insightsAllAccounts')}</option>
          {groups.map((g) => (
            <option key={g} value={`group:${g}`}>
              {t('insightsGroup', [g])}
            </option>
          ))}
          {onPlatform.map((a) => (
            <option key={a.handle} value={`acct:${a.handle}`}>
              @{a.displayHandle}
            </option>
          ))}
        </select>
        <select
          aria-label={t('insightsPeriod')}
          data-testid="insights-period"
          value={days}
          onChange={(e) => setDays(e.target.value === 'custom' ? 'custom' : Number(e.target.value))}
        >
          {[7, 30, 90].map((d) => (
            <option key={d} value={d}>
              {t('insightsDays', [String(d)])}
            </option>
          ))}
          <option value="custom">{t('insightsCustom')}</option>
        </select>
      </div>
      {days === 'custom' && (
        <div className="row wrap small">
          <label className="row">
            {t('insightsFrom')}{' '}
            <input
              type="date"
              data-testid="insights-from"
              value={custom.from}
              onChange={(e) => setCustom({ ...custom, from: e.target.value })}
            />
          </label>
          <label className="row">
            {t('insightsTo')}{' '}
            <input type="date" data-testid="insights-to" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />
          </label>
          {!dateRange(custom.from, custom.to, timeZone) && (
            <span className="notice error" role="alert">
              {t('insightsRangeInvalid')}
            </span>
          )}
        </div>
      )}
      {insights && insights.posts.length >= MIN_POSTS && period ? (
        <InsightsView
          insights={insights}
          timeZone={timeZone}
          {...(data.compare ? { compare: data.compare } : {})}
          days={localDaysBetween(period.from, period.to, timeZone)}
        />
      ) : insights && period ? (
        <EmptyWhy
          data={data}
          count={insights.posts.length}
          from={period.from}
          to={period.to}
          onShow={(from) => {
            // A range from the day of the account's newest post (or the whole history) to today.
            setCustom({ from: localDateInput(from, timeZone), to: localDateInput(Date.now(), timeZone) });
            setDays('custom');
          }}
          onDays={setDays}
        />
      ) : null}
    </div>
  );
}

/** Why there is too little to chart, per account, with the one action that would fill it. */
function EmptyWhy({
  data,
  count,
  from,
  to,
  onShow,
  onDays,
}: {
  data: Dashboard;
  count: number;
  from: number;
  /** End of the period shown (now, for the last N days). */
  to: number;
  onShow(from: number): void;
  onDays(days: number): void;
}) {
  const why = data.why ?? [];
  const before = why.filter((w) => w.total > 0 && w.newest !== undefined && w.newest < from);
  const newest = Math.max(...before.map((w) => w.newest!));
  const oldest = Math.min(...before.map((w) => w.first ?? w.newest!));
  return (
    <div className="card stack" data-testid="insights-empty">
      <div>{tp('emptyFew', count, undefined, [String(MIN_POSTS)])}</div>
      {why.map((w) =>
        w.total === 0 ? (
          <div key={w.handle} className="muted small" data-why={w.handle}>
            {t('emptyNothing', [w.account])}
          </div>
        ) : w.newest !== undefined && w.newest < from ? (
          <div key={w.handle} className="small" data-why={w.handle}>
            {tp('emptyAllBefore', w.total, w.account, [String(w.total)])}
          </div>
        ) : null,
      )}
      {before.length > 0 && (
        <div className="row wrap">
          {to - newest < 89 * 86_400_000 && from > to - 89 * 86_400_000 && (
            <button data-action="show-90" onClick={() => onDays(90)}>
              {t('emptyShowDays', ['90'])}
            </button>
          )}
          <button data-action="show-history" onClick={() => onShow(oldest)}>
            {t('emptyShowAll')}
          </button>
        </div>
      )}
    </div>
  );
}
