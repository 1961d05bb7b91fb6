import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { contextInsights } from '@/lib/insights/context';
import { dashboardFor, type DashboardPicks } from '@/lib/insights/dashboard';
import { localTimeZone } from '@/lib/insights/scope';
import { bestTimesFor, type BestTimes } from '@/lib/insights/suggested';
import type { PlatformId } from '@/lib/platforms/types';
import type { Settings } from '@/lib/settings';
import { useSettings } from './use-settings';
import { useAccountCount } from './use-watchlist';

const db = getDb();

/**
 * The dashboard for the controls' picks: the watchlist and the insights of the scope it resolves
 * to, live. The settings are read outside the live query: an await on a non-Dexie promise inside
 * it would stop it from observing the reads after it.
 */
export function useInsights(picks: Omit<DashboardPicks, 'counters'>) {
  const counters = useSettings()?.engagementCounters;
  const { platform, scope, initialAccount, platforms, period, timeZone } = picks;
  return useLiveQuery(
    async () => (counters ? dashboardFor(db, { platform, scope, initialAccount, platforms, period, timeZone, counters }) : undefined),
    [counters, platform, scope, initialAccount?.platform, initialAccount?.handle, platforms.join(','), period?.from, period?.to, timeZone],
  );
}

/** The context card's numbers for a watched account and the post open in the tab, live. */
export function useContextInsights(account: { platform: PlatformId; handle: string } | undefined, postId: string | undefined, now: number) {
  const counters = useSettings()?.engagementCounters;
  return useLiveQuery(
    async () =>
      account && counters
        ? contextInsights(db, {
            platform: account.platform,
            handle: account.handle,
            ...(postId ? { postId } : {}),
            now,
            timeZone: localTimeZone(),
            counters,
          })
        : undefined,
    [account?.platform, account?.handle, postId, now, counters],
  );
}

/**
 * Best times for each of the composer's targets, with their reasons or what is missing.
 * Recomputed when the targets, the settings or the watchlist change, not on every captured post
 * (a live query over the posts would be). Undefined while loading.
 */
export function useBestTimes(targets: readonly string[], settings: Settings): BestTimes[] | undefined {
  const [best, setBest] = useState<BestTimes[]>();
  const key = targets.join(',');
  const watched = useAccountCount();
  useEffect(() => {
    let live = true;
    const opts = { now: Date.now(), timeZone: localTimeZone(), counters: settings.engagementCounters };
    void bestTimesFor(db, key ? key.split(',') : [], opts).then(
      (b) => live && setBest(b),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key, settings, watched]);
  return best;
}
