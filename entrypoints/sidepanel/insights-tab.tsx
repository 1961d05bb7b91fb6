import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { InsightsView } from '@/components/insights/insights-view';
import { useNow } from '@/components/ui/use-now';
import { getDb } from '@/lib/db/db';
import { t } from '@/lib/i18n/t';
import { computeInsights } from '@/lib/insights/compute';
import { loadInsightRows } from '@/lib/insights/load';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import type { PlatformId } from '@/lib/platforms/types';

const db = getDb();
const DAY = 86_400_000;
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
  const accounts = useLiveQuery(() => db.accounts.where('role').anyOf('competitor', 'own').toArray()) ?? [];
  const [platformPick, setPlatform] = useState<PlatformId>();
  const platform = platformPick ?? initialAccount?.platform ?? accounts[0]?.platform ?? platforms[0];
  const [scopePick, setScope] = useState<string>();
  const scope = scopePick ?? (initialAccount && initialAccount.platform === platform ? `acct:${initialAccount.handle}` : 'all');
  const [days, setDays] = useState(30);
  const onPlatform = accounts.filter((a) => a.platform === platform);
  const groups = [...new Set(onPlatform.map((a) => a.group).filter((g): g is string => !!g))];
  const scoped = scope.startsWith('acct:')
    ? [scope.slice(5)]
    : scope.startsWith('group:')
      ? onPlatform.filter((a) => a.group === scope.slice(6)).map((a) => a.handle)
      : onPlatform.map((a) => a.handle);

  const now = useNow(60_000);
  const insights = useLiveQuery(async () => {
    if (!platform) return undefined;
    const to = now;
    const from = to - days * DAY;
    const rows = await loadInsightRows(db, { platform, accounts: scoped, from, to });
    return computeInsights({ ...rows, from, to, now: to, timeZone });
  }, [platform, scoped.join(','), days, now]);

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
          onChange={(e) => setDays(Number(e.target.value))}
        >
          {[7, 30, 90].map((d) => (
            <option key={d} value={d}>
              {t('insightsDays', [String(d)])}
            </option>
          ))}
        </select>
      </div>
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
