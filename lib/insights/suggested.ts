import type { PantauDB } from '../db/db';
import { watchedHandles } from '../db/queries/accounts';
import type { EngagementCounters } from '../metrics/engagement';
import { type PlatformId } from '../platforms/types';
import { PLATFORM_IDS } from '../platforms/registry';
import { suggestedSlots } from '../scheduling/queue';
import { lastDays } from './period';
import { insightsFor } from './scope';

/** The days of history the composer's suggested slots are drawn from. */
export const SUGGESTION_DAYS = 90;

/** Best-time slots (epoch ms, best first) for the first targeted platform with watched accounts. */
export async function suggestedSlotsFor(
  db: PantauDB,
  targets: readonly string[],
  { now, timeZone, counters }: { now: number; timeZone: string; counters?: EngagementCounters },
): Promise<number[]> {
  const platform = targets.find((p): p is PlatformId => (PLATFORM_IDS as readonly string[]).includes(p));
  if (!platform) return [];
  const accounts = await watchedHandles(db, platform);
  if (!accounts.length) return [];
  const period = lastDays(SUGGESTION_DAYS, now, timeZone);
  const { insights } = await insightsFor(db, { platform, accounts, period, timeZone, ...(counters ? { counters } : {}) });
  return suggestedSlots(insights.best, now);
}
