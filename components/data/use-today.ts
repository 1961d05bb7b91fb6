import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { todayDigest, type TodayDigest } from '@/lib/insights/today';
import { useSettings } from './use-settings';

const db = getDb();

/**
 * Competitors' last 24 hours for the popup. Asked for only once `ready` (the popup's counts have
 * painted), so its reads never queue ahead of them. The settings are read outside the live query.
 */
export function useToday(ready: boolean): TodayDigest | undefined {
  const counters = useSettings()?.engagementCounters;
  return useLiveQuery(async () => (ready && counters ? todayDigest(db, Date.now(), counters) : undefined), [ready, counters]);
}
