import type { AccountRole } from '../db/schema';
import { median } from '../metrics/stats';
import type { Insights, RatedPost } from './compute';

/** One account's row in "Compare at a glance". Every figure over the period; undefined = not known. */
export interface CompareRow {
  /** '@handle' as the posts show it. */
  account: string;
  /** Lower-cased handle. */
  handle: string;
  role?: AccountRole;
  posts: number;
  /** Followers at the period's end (the last sample), and their change over the period. */
  followers?: number;
  growth?: number;
  growthPct?: number;
  postsPerWeek: number;
  /** Median ER by followers at post time. */
  medianEr?: number;
  /** Median ER by views, over the posts whose views are known. */
  medianErViews?: number;
  /** Mean engagement per post. */
  engagementPerPost?: number;
  /** The post with the most engagement. */
  top?: RatedPost;
  /** This account's share of the engagement of every account in the table. */
  share: number;
  /** The same figures over the previous period of equal length, when it had posts. */
  previous?: { postsPerWeek: number; medianEr?: number; growth?: number; engagementPerPost?: number; share: number };
}

export type CompareKey = 'account' | 'followers' | 'growth' | 'postsPerWeek' | 'medianEr' | 'medianErViews' | 'engagementPerPost' | 'share';

interface Figures {
  posts: number;
  postsPerWeek: number;
  medianEr?: number;
  medianErViews?: number;
  engagementPerPost?: number;
  engagement: number;
  top?: RatedPost;
  followers?: number;
  growth?: number;
  growthPct?: number;
}

function figuresOf(insights: Insights, weeks: number): Map<string, Figures & { account: string }> {
  const byHandle = new Map<string, RatedPost[]>();
  for (const p of insights.posts) {
    const list = byHandle.get(p.post.authorKey);
    if (list) list.push(p);
    else byHandle.set(p.post.authorKey, [p]);
  }
  const out = new Map<string, Figures & { account: string }>();
  for (const [handle, posts] of byHandle) {
    const engagement = posts.reduce((s, p) => s + p.engagement, 0);
    const ers = posts.flatMap((p) => (p.er !== undefined ? [p.er] : []));
    const viewErs = posts.flatMap((p) => (p.erViews !== undefined ? [p.erViews] : []));
    const medianEr = median(ers);
    const medianErViews = median(viewErs);
    out.set(handle, {
      account: `@${posts[posts.length - 1]!.post.authorHandle}`,
      posts: posts.length,
      postsPerWeek: posts.length / weeks,
      engagement,
      ...(medianEr !== undefined ? { medianEr } : {}),
      ...(medianErViews !== undefined ? { medianErViews } : {}),
      ...(posts.length ? { engagementPerPost: engagement / posts.length } : {}),
      top: posts.reduce((a, b) => (b.engagement > a.engagement ? b : a)),
    });
  }
  // Followers: the period's first point (the last sample before it, when there is one) to its last.
  for (const s of insights.followerSeries) {
    const handle = s.account.slice(1).toLowerCase();
    const first = s.points[0];
    const last = s.points[s.points.length - 1];
    if (!last) continue;
    const row = out.get(handle) ?? { account: s.account, posts: 0, postsPerWeek: 0, engagement: 0 };
    row.followers = last.y;
    if (first && s.points.length >= 2 && last.x > first.x) {
      row.growth = last.y - first.y;
      if (first.y > 0) row.growthPct = row.growth / first.y;
    }
    out.set(handle, row);
  }
  return out;
}

/**
 * "Compare at a glance": one row per account in scope, with period-over-period figures. Pure: every
 * number comes from `computeInsights` over the two periods (the same numbers the charts show).
 */
export function compareAccounts(
  current: Insights,
  previous: Insights | undefined,
  /** The period's length in days (posts per week divides by it). */
  days: number,
  roles: ReadonlyMap<string, AccountRole>,
  /** The accounts in scope (lower-cased); those without posts or samples still get a row. */
  scope: readonly string[] = [],
): CompareRow[] {
  const weeks = days / 7;
  const now = figuresOf(current, weeks);
  const before = previous ? figuresOf(previous, weeks) : undefined;
  for (const h of scope) if (!now.has(h)) now.set(h, { account: `@${h}`, posts: 0, postsPerWeek: 0, engagement: 0 });
  const total = [...now.values()].reduce((s, f) => s + f.engagement, 0);
  const totalBefore = before ? [...before.values()].reduce((s, f) => s + f.engagement, 0) : 0;
  return [...now.entries()].map(([handle, f]) => {
    const b = before?.get(handle);
    const role = roles.get(handle);
    return {
      account: f.account,
      handle,
      ...(role ? { role } : {}),
      posts: f.posts,
      ...(f.followers !== undefined ? { followers: f.followers } : {}),
      ...(f.growth !== undefined ? { growth: f.growth } : {}),
      ...(f.growthPct !== undefined ? { growthPct: f.growthPct } : {}),
      postsPerWeek: f.postsPerWeek,
      ...(f.medianEr !== undefined ? { medianEr: f.medianEr } : {}),
      ...(f.medianErViews !== undefined ? { medianErViews: f.medianErViews } : {}),
      ...(f.engagementPerPost !== undefined ? { engagementPerPost: f.engagementPerPost } : {}),
      ...(f.top ? { top: f.top } : {}),
      share: total > 0 ? f.engagement / total : 0,
      ...(b && b.posts > 0
        ? {
            previous: {
              postsPerWeek: b.postsPerWeek,
              ...(b.medianEr !== undefined ? { medianEr: b.medianEr } : {}),
              ...(b.growth !== undefined ? { growth: b.growth } : {}),
              ...(b.engagementPerPost !== undefined ? { engagementPerPost: b.engagementPerPost } : {}),
              share: totalBefore > 0 ? b.engagement / totalBefore : 0,
            },
          }
        : {}),
    };
  });
}

/** Sort rows by a column; unknown values last whatever the direction, own accounts first on ties. */
export function sortCompare(rows: readonly CompareRow[], key: CompareKey, desc = true): CompareRow[] {
  const value = (r: CompareRow): number | string | undefined => (key === 'account' ? r.account.toLowerCase() : r[key]);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined || vb === undefined) return va === vb ? 0 : va === undefined ? 1 : -1;
    const c = va < vb ? -1 : va > vb ? 1 : 0;
    return (desc ? -c : c) || (a.role === 'own' ? -1 : b.role === 'own' ? 1 : 0) || a.account.localeCompare(b.account);
  });
}
