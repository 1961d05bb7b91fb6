import type { AccountRole, AccountRow } from '../db/schema';
import { followerSeries, type FollowerSample } from '../metrics/followers';

/** The Accounts view: each account's follower trend and when it was last seen, pure. */

export const TREND_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface FollowerTrend {
  latest: number;
  latestAt: number;
  /** Followers now minus followers at the start of the window (or at the first sample, when later). */
  change?: number;
  /** change ÷ followers at the start. */
  changePct?: number;
  /** The start the change is measured from: now − 30 days, or the first sample when the history is shorter. */
  since?: number;
}

/**
 * Latest followers and the change over the last `days` days. The start value is interpolated
 * between the samples around it (lib/metrics/followers.ts); a history that starts inside the window
 * measures from its first sample and says so with `since`. One sample: no change.
 */
export function followerTrend(samples: readonly FollowerSample[], now: number, days = TREND_DAYS): FollowerTrend | undefined {
  const known = samples.filter((s): s is Required<FollowerSample> => s.followers !== undefined).sort((a, b) => a.capturedAt - b.capturedAt);
  const last = known.at(-1);
  if (!last) return undefined;
  const out: FollowerTrend = { latest: last.followers, latestAt: last.capturedAt };
  const first = known[0]!;
  if (first.capturedAt === last.capturedAt) return out;
  const start = Math.max(now - days * DAY_MS, first.capturedAt);
  if (start >= last.capturedAt) return out;
  const base = followerSeries(known)(start)!.followers;
  return { ...out, change: last.followers - base, ...(base > 0 ? { changePct: (last.followers - base) / base } : {}), since: start };
}

export interface AccountOverview {
  account: AccountRow;
  posts: number;
  trend?: FollowerTrend;
  /** The latest sighting of any of its posts or its profile. */
  lastSeen?: number;
}

const ROLE_ORDER: Record<AccountRole, number> = { own: 0, competitor: 1, ignored: 2 };

/** Groups in name order (accounts without one last), each sorted own → competitor → ignored, then by handle. */
export function groupAccounts(rows: readonly AccountOverview[]): Array<{ group: string | undefined; rows: AccountOverview[] }> {
  const groups = new Map<string | undefined, AccountOverview[]>();
  for (const r of rows) {
    const g = r.account.role === 'ignored' ? undefined : r.account.group?.trim() || undefined;
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)))
    .map(([group, list]) => ({
      group,
      rows: list.sort(
        (a, b) => ROLE_ORDER[a.account.role] - ROLE_ORDER[b.account.role] || a.account.handle.localeCompare(b.account.handle),
      ),
    }));
}
