import { useEffect, useState } from 'react';
import { getDb } from '@/lib/db/db';
import type { TodayDigest } from '@/lib/insights/today';
import { useSettings } from './use-settings';

const db = getDb();

/**
 * Competitors' last 24 hours for the popup, read once when `ready` (the popup's counts have
 * painted, so these reads never queue ahead of them). Not a live query: the popup is open for
 * seconds, and re-reading the day and its peers on every captured batch would cost more than it shows.
 */
export function useToday(ready: boolean): TodayDigest | undefined {
  const counters = useSettings()?.engagementCounters;
  const [today, setToday] = useState<TodayDigest>();
  useEffect(() => {
    if (!ready || !counters) return;
    let live = true;
    // Loaded on demand: the rule's code is not parsed before the popup's first paint.
    void import('@/lib/insights/today').then(({ todayDigest }) => todayDigest(db, Date.now(), counters)).then((d) => live && setToday(d));
    return () => {
      live = false;
    };
  }, [ready, counters]);
  return today;
}
