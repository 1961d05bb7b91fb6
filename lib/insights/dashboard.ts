import type { PantauDB } from '../db/db';
import { watchedAccounts } from '../db/queries/accounts';
import type { AccountRow } from '../db/schema';
import type { EngagementCounters } from '../metrics/engagement';
import type { PlatformId } from '../platforms/types';
import type { Insights } from './compute';
import { compareAccounts, type CompareRow } from './compare';
import { localDaysBetween, type Period } from './period';
import { insightsFor } from './scope';

/** What the dashboard's controls say; unset picks fall back to the open account, then the first. */
export interface DashboardPicks {
  platform?: PlatformId;
  /** 'all', 'group:<name>' or 'acct:<handle>'. */
  scope?: string;
  /** The watched account open in the active tab. */
  initialAccount?: { platform: PlatformId; handle: string };
  /** The platforms Pantau has run on (the last fallback). */
  platforms: readonly PlatformId[];
  /** Undefined when the custom dates are not a range. */
  period: Period | undefined;
  timeZone: string;
  counters?: EngagementCounters;
}

export interface Dashboard {
  /** The watched accounts (every platform). */
  accounts: AccountRow[];
  platform?: PlatformId;
  scope?: string;
  insights?: Insights;
  /** "Compare at a glance": one row per account in scope, period over period. */
  compare?: CompareRow[];
  /** The previous period the comparison is against. */
  previousPeriod?: Period;
  /**
   * Why the period has too few posts, per account in scope: how many it has in all and the newest
   * one's time (set only when the period holds fewer than MIN_INSIGHT_POSTS).
   */
  why?: Array<{ handle: string; account: string; total: number; newest?: number; first?: number }>;
}

/** Posts a period needs before the dashboard draws its charts. */
export const MIN_INSIGHT_POSTS = 3;

/** The handles a scope names among the watched accounts of a platform. */
export function scopedHandles(accounts: readonly AccountRow[], platform: PlatformId, scope: string): string[] {
  const onPlatform = accounts.filter((a) => a.platform === platform);
  if (scope.startsWith('acct:')) return [scope.slice(5)];
  if (scope.startsWith('group:')) return onPlatform.filter((a) => a.group === scope.slice(6)).map((a) => a.handle);
  return onPlatform.map((a) => a.handle);
}

/** The watchlist and the insights built on it, in one read (one live query, one round trip). */
export async function dashboardFor(db: PantauDB, picks: DashboardPicks): Promise<Dashboard> {
  const accounts = await watchedAccounts(db);
  const { initialAccount: initial } = picks;
  const platform = picks.platform ?? initial?.platform ?? accounts[0]?.platform ?? picks.platforms[0];
  if (!platform) return { accounts };
  const scope = picks.scope ?? (initial && initial.platform === platform ? `acct:${initial.handle}` : 'all');
  if (!picks.period) return { accounts, platform, scope };
  const handles = scopedHandles(accounts, platform, scope);
  const { insights, previous } = await insightsFor(
    db,
    {
      platform,
      accounts: handles,
      period: picks.period,
      timeZone: picks.timeZone,
      ...(picks.counters ? { counters: picks.counters } : {}),
    },
    { snapshots: false, previous: true },
  );
  const roles = new Map(accounts.filter((a) => a.platform === platform).map((a) => [a.handle, a.role]));
  const days = localDaysBetween(picks.period.from, picks.period.to, picks.timeZone);
  const compare = compareAccounts(insights, previous?.insights, days, roles, handles);
  const why = insights.posts.length < MIN_INSIGHT_POSTS ? await whyEmpty(db, platform, accounts, handles) : undefined;
  return {
    accounts,
    platform,
    scope,
    insights,
    compare,
    ...(previous ? { previousPeriod: previous.period } : {}),
    ...(why ? { why } : {}),
  };
}

/** Each account's whole stored history, in brief: what the empty state can offer instead. */
export async function whyEmpty(db: PantauDB, platform: PlatformId, accounts: readonly AccountRow[], handles: readonly string[]) {
  return Promise.all(
    handles.map(async (handle) => {
      const rows = (await db.posts.where('[platform+authorKey]').equals([platform, handle]).toArray()).filter((p) => !p.repostOf);
      const times = rows.map((p) => Date.parse(p.createdAt)).filter(Number.isFinite);
      const newest = Math.max(...times);
      const first = Math.min(...times);
      const display = accounts.find((a) => a.platform === platform && a.handle === handle)?.displayHandle ?? handle;
      return { handle, account: display, total: rows.length, ...(Number.isFinite(newest) ? { newest, first } : {}) };
    }),
  );
}
