import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { InsightsView } from '@/components/insights/insights-view';
import { useNow } from '@/components/ui/use-now';
import { getDb } from '@/lib/db/db';
import { t } from '@/lib/i18n/t';
import { computeInsights } from '@/lib/insights/compute';
import { loadInsightRows } from '@/lib/insights/load';
import { addLocalDays, dateRange, lastDays, localDateInput } from '@/lib/insights/period';
import { getSettings } from '@/lib/settings';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import type { PlatformId } from '@/lib/platforms/types';

const db = getDb();
const MIN_POSTS = 3;
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

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

  // One live query (one round trip) for the watchlist and the insights built on it.
  const data = useLiveQuery(async () => {
    const accounts = await db.accounts.where('role').anyOf('competitor', 'own').toArray();
    const platform = platformPick ?? initialAccount?.platform ?? accounts[0]?.platform ?? platforms[0];
    if (!platform) return { accounts, platform };
    const scope = scopePick ?? (initialAccount && initialAccount.platform === platform ? `acct:${initialAccount.handle}` : 'all');
    const onPlatform = accounts.filter((a) => a.platform === platform);
    const scoped = scope.startsWith('acct:')
      ? [scope.slice(5)]
      : scope.startsWith('group:')
        ? onPlatform.filter((a) => a.group === scope.slice(6)).map((a) => a.handle)
        : onPlatform.map((a) => a.handle);
    // Whole local days: the numbers stay the same all day, whatever the hour.
    const range = days === 'custom' ? dateRange(custom.from, custom.to, timeZone) : lastDays(days, now, timeZone);
    if (!range) return { accounts, platform, scope };
    const { from, to } = range;
    const [rows, { engagementCounters }] = await Promise.all([
      loadInsightRows(db, { platform, accounts: scoped, from, to }, { snapshots: false }),
      getSettings(),
    ]);
    return { accounts, platform, scope, insights: computeInsights({ ...rows, from, to, now: to, timeZone, counters: engagementCounters }) };
  }, [platformPick, scopePick, initialAccount?.platform, initialAccount?.handle, platforms.join(','), days, custom.from, custom.to, now]);

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
      {insights && insights.posts.length >= MIN_POSTS ? (
        <InsightsView insights={insights} timeZone={timeZone} />
      ) : insights ? (
        <div className="card muted" data-testid="insights-empty">
          {t('insightsEmpty', [String(MIN_POSTS - insights.posts.length)])}
        </div>
      ) : null}
    </div>
  );
}
