import type { PantauDB } from '../db/db';
import type { EngagementCounters } from '../metrics/engagement';
import type { PlatformId } from '../platforms/types';
import { computeInsights, type InsightInput, type Insights } from './compute';
import { loadInsightRows } from './load';
import { addLocalDays, localDaysBetween, type Period } from './period';

/** What a set of insights is about. */
export interface InsightScope {
  platform: PlatformId;
  /** Lower-cased handles; empty = every author on the platform. */
  accounts: string[];
  /** Whole local days (`lastDays`, `dateRange`), so the numbers hold all day whatever the hour. */
  period: Period;
  /** The counters that make engagement, per platform (settings). */
  counters?: EngagementCounters;
  timeZone: string;
}

export interface ScopedInsights {
  insights: Insights;
  /** The previous period of equal length (period over period), when asked for. */
  previous?: { insights: Insights; period: Period };
  /** The rows they were computed from (the context card's pace reads their history). */
  rows: Pick<InsightInput, 'posts' | 'snapshots' | 'profiles'>;
}

/**
 * The insights of a scope, from indexed range reads. `snapshots: false` skips the posts' history
 * (the dashboard's posts carry their 24 h rollup); history only refines ER for posts without one.
 */
export async function insightsFor(db: PantauDB, scope: InsightScope, { snapshots = true, previous = false } = {}): Promise<ScopedInsights> {
  const { from, to } = scope.period;
  const rows = await loadInsightRows(db, { platform: scope.platform, accounts: scope.accounts, from, to }, { snapshots });
  // `now` is the period's end, not the clock: the best-time grid's recency weights then change
  // only at midnight, like every other number over whole days.
  const insights = computeInsights({
    ...rows,
    from,
    to,
    now: to,
    timeZone: scope.timeZone,
    ...(scope.counters ? { counters: scope.counters } : {}),
  });
  if (!previous) return { insights, rows };
  // The previous period lies inside the peers' window already read: no second read.
  const days = localDaysBetween(from, to, scope.timeZone);
  const before = { from: addLocalDays(from, -days, scope.timeZone), to: from - 1 };
  const prev = computeInsights({
    posts: [...rows.posts, ...(rows.peers ?? [])],
    snapshots: rows.snapshots,
    profiles: rows.profiles,
    from: before.from,
    to: before.to,
    now: before.to,
    timeZone: scope.timeZone,
    ...(scope.counters ? { counters: scope.counters } : {}),
  });
  return { insights, rows, previous: { insights: prev, period: before } };
}

/** The user's time zone: periods are whole days of the user's calendar. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
