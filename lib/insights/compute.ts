import type { PostRow, PostSnapshotRow, ProfileSnapshotRow } from '../db/schema';
import { bestSlots, bestTimeGrid, type GridCell } from '../metrics/best-time';
import { cadence, type Cadence } from '../metrics/cadence';
import { hashtagStats, lengthMix, mediaMix, type HashtagStat, type MixRow } from '../metrics/content';
import { aggregateEr, engagementOf, erByFollowers, erByViews, type EngagementCounters } from '../metrics/engagement';
import { followerSeries } from '../metrics/followers';
import { BREAKOUT_Z, robustZ } from '../metrics/outliers';
import { shareOfEngagement, type ShareRow } from '../metrics/share';
import { median, pushTo } from '../metrics/stats';
import { engagementAtAge, HOUR_MS } from '../metrics/velocity';
import { bucketIndex, weekBuckets } from './period';
import { accountKey, handleOfKey, postKey } from '../db/keys';

export interface InsightInput {
  posts: PostRow[];
  /** Snapshots of those posts, any order. */
  snapshots: PostSnapshotRow[];
  profiles: ProfileSnapshotRow[];
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
  z?: number;
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
  top: RatedPost[];
  breakouts: RatedPost[];
}

/** Everything the dashboard shows, from captured history. Pure. */
export function computeInsights(input: InsightInput): Insights {
  const snaps = new Map<string, PostSnapshotRow[]>();
  for (const s of input.snapshots) pushTo(snaps, postKey(s), s);
  const profiles = new Map<string, ProfileSnapshotRow[]>();
  for (const p of input.profiles) pushTo(profiles, accountKey(p.platform, p.handle), p);

  const followersOf = new Map([...profiles.entries()].map(([k, rows]) => [k, followerSeries(rows)]));
  const rated: RatedPost[] = [];
  for (const post of input.posts) {
    const createdAt = Date.parse(post.createdAt);
    if (post.repostOf || !Number.isFinite(createdAt) || createdAt < input.from || createdAt > input.to) continue;
    const series = (snaps.get(postKey(post)) ?? []).sort((a, b) => a.capturedAt - b.capturedAt);
    const aged = series.flatMap((s) => {
      const e = engagementOf(post.platform, s.metrics, input.counters);
      return e === undefined ? [] : [{ ageMs: s.capturedAt - createdAt, engagement: e }];
    });
    const latest = engagementOf(post.platform, post.metrics, input.counters);
    // ER "at about 24 h": the writer's 24 h rollup, or interpolated from the history when given,
    // else the latest value (a post first seen after 24 h, or younger than 24 h).
    const rolled = post.metrics24h ? engagementOf(post.platform, post.metrics24h, input.counters) : undefined;
    const engagement = rolled ?? engagementAtAge(aged, 24 * HOUR_MS) ?? latest;
    if (engagement === undefined) continue;
    const f = followersOf.get(accountKey(post.platform, post.authorKey))?.(createdAt);
    const er = erByFollowers(engagement, f);
    rated.push({
      post,
      createdAt,
      engagement,
      erEstimated: er?.estimated ?? false,
      ...(er && f ? { er: er.rate, followers: f.followers } : {}),
      ...(erByViews(engagement, post.metrics.views) !== undefined ? { erViews: erByViews(engagement, post.metrics.views) } : {}),
    });
  }
  rated.sort((a, b) => a.createdAt - b.createdAt);

  // Robust z within each account.
  const byAccount = new Map<string, RatedPost[]>();
  for (const r of rated) pushTo(byAccount, `${r.post.platform}:${r.post.authorKey}`, r);
  for (const group of byAccount.values()) for (const s of robustZ(group, (r) => r.er)) s.item.z = s.z;

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
    followerSeries: [...profiles.entries()].map(([k, rows]) => {
      const sorted = rows.filter((r) => r.followers !== undefined).sort((a, b) => a.capturedAt - b.capturedAt);
      const before = sorted.filter((r) => r.capturedAt < input.from).pop();
      const inside = sorted.filter((r) => r.capturedAt >= input.from && r.capturedAt <= input.to);
      // The last sample before the period is where the period starts from.
      return {
        account: `@${handleOfKey(k)}`,
        points: [
          ...(before ? [{ x: input.from, y: before.followers! }] : []),
          ...inside.map((r) => ({ x: r.capturedAt, y: r.followers! })),
        ],
      };
    }),
    postsPerWeek: buckets.map((b, i) => ({ week: b.start, days: b.days, posts: perBucket[i]! })),
    top: [...rated].sort((a, b) => b.engagement - a.engagement).slice(0, 5),
    breakouts: rated.filter((r) => (r.z ?? 0) >= BREAKOUT_Z).sort((a, b) => b.z! - a.z!),
  };
}
