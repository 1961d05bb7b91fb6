import type { PostRow, PostSnapshotRow, ProfileSnapshotRow } from '../db/schema';
import { bestSlots, bestTimeGrid, type GridCell } from '../metrics/best-time';
import { cadence, type Cadence } from '../metrics/cadence';
import { hashtagStats, lengthMix, mediaMix, type HashtagStat, type MixRow } from '../metrics/content';
import { aggregateEr, erByFollowers, erByViews, type EngagementCounters } from '../metrics/engagement';
import { followerSeries } from '../metrics/followers';
import { comparedAge, engagementAt, isBreakout, ownEr, usualOfAll, type Usual } from '../metrics/usual';
import { shareOfEngagement, type ShareRow } from '../metrics/share';
import { median, pushTo } from '../metrics/stats';
import { usualPostsByAccount } from './usual-rows';
import { bucketIndex, weekBuckets } from './period';
import { accountKey, handleOfKey } from '../db/keys';

export interface InsightInput {
  posts: PostRow[];
  /** Snapshots of those posts, any order. */
  snapshots: PostSnapshotRow[];
  profiles: ProfileSnapshotRow[];
  /**
   * Posts of the same accounts outside the period, within the "× its usual" window of it: the
   * peers a post is compared with (lib/metrics/usual.ts). Without them, the period's own posts.
   */
  peers?: PostRow[];
  from: number;
  to: number;
  now: number;
  timeZone: string;
  counters?: EngagementCounters;
}

export interface RatedPost {
  post: PostRow;
  createdAt: number;
  engagement: number;
  /** ER by followers at post time, at ~24 h of age (or the latest sample when younger). */
  er?: number;
  erEstimated: boolean;
  /** Followers at post time, when known. */
  followers?: number;
  erViews?: number;
  /** "× its usual": the one definition (lib/metrics/usual.ts). */
  usual?: Usual;
}

export interface Insights {
  posts: RatedPost[];
  /** Σ engagement ÷ Σ followers over the period. */
  er?: number;
  medianEr?: number;
  cadence: Cadence;
  grid: GridCell[];
  best: GridCell[];
  hashtags: HashtagStat[];
  media: MixRow[];
  lengths: MixRow[];
  share: ShareRow[];
  followerSeries: Array<{ account: string; points: Array<{ x: number; y: number }> }>;
  /** Posts per 7-day bucket, counted back from the period's last day; only the oldest can be shorter (`days`). */
  postsPerWeek: Array<{ week: number; days: number; posts: number }>;
  /** Per account (most posts first): each week's post count and median ER, in the same buckets. */
  weeklyEr: Array<{ account: string; weeks: Array<{ week: number; days: number; posts: number; medianEr?: number }> }>;
  top: RatedPost[];
  breakouts: RatedPost[];
}

/** Everything the dashboard shows, from captured history. Pure. */
export function computeInsights(input: InsightInput): Insights {
  const profiles = new Map<string, ProfileSnapshotRow[]>();
  for (const p of input.profiles) pushTo(profiles, accountKey(p.platform, p.handle), p);
  const followersOf = new Map([...profiles.entries()].map(([k, rows]) => [k, followerSeries(rows)]));
  const shown = new Map<string, string>();
  for (const p of input.posts)
    if (!shown.has(accountKey(p.platform, p.authorKey))) shown.set(accountKey(p.platform, p.authorKey), p.authorHandle);
  // Every post and its peers as the "× its usual" rule reads them, grouped by account.
  const accounts = usualPostsByAccount([...input.posts, ...(input.peers ?? [])], input.snapshots, input.profiles, input.counters);
  const byId = new Map<string, { account: string; index: number }>();
  for (const [k, list] of accounts) list.forEach((u, index) => byId.set(`${k}\u0000${u.id}`, { account: k, index }));

  // Each account's figures at once: its posts share their peers (usualOfAll slides one window).
  const usualByAccount = new Map<string, Map<string, Usual>>();
  const usualIn = (k: string) => {
    let m = usualByAccount.get(k);
    if (!m) usualByAccount.set(k, (m = usualOfAll(accounts.get(k) ?? [])));
    return m;
  };
  const rated: RatedPost[] = [];
  for (const post of input.posts) {
    const createdAt = Date.parse(post.createdAt);
    if (post.repostOf || !Number.isFinite(createdAt) || createdAt < input.from || createdAt > input.to) continue;
    const k = accountKey(post.platform, post.authorKey);
    const at = byId.get(`${k}\u0000${post.postId}`);
    const account = at ? accounts.get(at.account)! : [];
    const u = at ? account[at.index]! : undefined;
    // Engagement "at about 24 h": the writer's rollup, or interpolated from the history when given,
    // else the latest value (a post first seen after 24 h, or younger than 24 h).
    const age = u ? comparedAge(u) : undefined;
    const engagement = u && age !== undefined ? engagementAt(u, age) : undefined;
    if (!u || engagement === undefined) continue;
    const f = followersOf.get(k)?.(createdAt);
    const er = erByFollowers(engagement, f);
    const usual = usualIn(at!.account).get(u.id);
    rated.push({
      post,
      createdAt,
      engagement,
      erEstimated: er?.estimated ?? false,
      ...(er && f ? { er: ownEr(u) ?? er.rate, followers: f.followers } : {}),
      ...(erByViews(engagement, post.metrics.views) !== undefined ? { erViews: erByViews(engagement, post.metrics.views) } : {}),
      ...(usual ? { usual } : {}),
    });
  }
  rated.sort((a, b) => a.createdAt - b.createdAt);

  const withEr = rated.filter((r): r is RatedPost & { er: number } => r.er !== undefined);
  const engagementByAccount = new Map<string, number>();
  for (const r of rated)
    engagementByAccount.set(`@${r.post.authorHandle}`, (engagementByAccount.get(`@${r.post.authorHandle}`) ?? 0) + r.engagement);

  const buckets = weekBuckets(input, input.timeZone);
  const perBucket = buckets.map(() => 0);
  for (const r of rated) {
    const i = bucketIndex(r.createdAt, buckets);
    if (i >= 0) perBucket[i]!++;
  }
  // Best time needs the hour: a date worked out from "13 days ago" has none, so it is left out here
  // (cadence and periods above use it: they need only the day).
  const grid = bestTimeGrid(
    withEr.filter((r) => !r.post.createdAtPrecision).map((r) => ({ createdAt: r.createdAt, er: r.er })),
    input.now,
    input.timeZone,
  );
  const er = aggregateEr(withEr.map((r) => ({ engagement: r.engagement, ...(r.followers ? { followers: r.followers } : {}) })));
  const medianEr = median(withEr.map((r) => r.er));

  return {
    posts: rated,
    ...(er !== undefined ? { er } : {}),
    ...(medianEr !== undefined ? { medianEr } : {}),
    cadence: cadence(
      rated.map((r) => r.createdAt),
      input.from,
      input.to,
      buckets.reduce((n, b) => n + b.days, 0),
    ),
    grid,
    best: bestSlots(grid, 3),
    hashtags: hashtagStats(
      rated.map((r) => ({ hashtags: r.post.hashtags, text: r.post.text, ...(r.er !== undefined ? { er: r.er } : {}) })),
    ),
    media: mediaMix(
      rated.map((r) => ({
        hashtags: [],
        text: r.post.text,
        ...(r.post.mediaType ? { mediaType: r.post.mediaType } : {}),
        ...(r.er !== undefined ? { er: r.er } : {}),
      })),
    ),
    lengths: lengthMix(rated.map((r) => ({ hashtags: [], text: r.post.text, ...(r.er !== undefined ? { er: r.er } : {}) }))),
    share: shareOfEngagement(engagementByAccount),
    // Named as the posts write the handle (@KopiRaya), as every other card does; profile rows hold it lower-cased.
    followerSeries: [...profiles.entries()].map(([k, rows]) => {
      const sorted = rows.filter((r) => r.followers !== undefined).sort((a, b) => a.capturedAt - b.capturedAt);
      const before = sorted.filter((r) => r.capturedAt < input.from).pop();
      const inside = sorted.filter((r) => r.capturedAt >= input.from && r.capturedAt <= input.to);
      // The last sample before the period is where the period starts from.
      return {
        account: `@${shown.get(k) ?? handleOfKey(k)}`,
        points: [
          ...(before ? [{ x: input.from, y: before.followers! }] : []),
          ...inside.map((r) => ({ x: r.capturedAt, y: r.followers! })),
        ],
      };
    }),
    postsPerWeek: buckets.map((b, i) => ({ week: b.start, days: b.days, posts: perBucket[i]! })),
    weeklyEr: weeklyErOf(rated, buckets),
    top: [...rated].sort((a, b) => b.engagement - a.engagement).slice(0, 5),
    breakouts: rated.filter((r) => isBreakout(r.usual)).sort((a, b) => b.usual!.z! - a.usual!.z!),
  };
}

/** Each account's weeks: posts and the median ER of those with one. */
function weeklyErOf(rated: readonly RatedPost[], buckets: ReturnType<typeof weekBuckets>): Insights['weeklyEr'] {
  const byAccount = new Map<string, RatedPost[]>();
  for (const r of rated) pushTo(byAccount, `@${r.post.authorHandle}`, r);
  return [...byAccount.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([account, posts]) => {
      const counts = buckets.map(() => 0);
      const ers = buckets.map((): number[] => []);
      for (const r of posts) {
        const i = bucketIndex(r.createdAt, buckets);
        if (i < 0) continue;
        counts[i]!++;
        if (r.er !== undefined) ers[i]!.push(r.er);
      }
      return {
        account,
        weeks: buckets.map((b, i) => {
          const m = median(ers[i]!);
          return { week: b.start, days: b.days, posts: counts[i]!, ...(m !== undefined ? { medianEr: m } : {}) };
        }),
      };
    });
}
