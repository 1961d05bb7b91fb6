import { ENGAGEMENT_COUNTERS } from '../platforms/registry';
import type { Metrics, MetricKey, PlatformId } from '../platforms/types';

/**
 * Which counters make "engagement" on each platform by default, following the industry's
 * public-data definitions: each platform's definition states its own (lib/platforms/<p>/index.ts).
 */
export { ENGAGEMENT_COUNTERS };

/** The user's choice of counters per platform (settings), over the defaults. */
export type EngagementCounters = Partial<Record<PlatformId, readonly MetricKey[]>>;

/** Sum of the platform's engagement counters; undefined when none of them is known. */
export function engagementOf(platform: PlatformId, metrics: Metrics, counters?: EngagementCounters): number | undefined {
  let sum = 0;
  let known = false;
  for (const k of counters?.[platform] ?? ENGAGEMENT_COUNTERS[platform]) {
    const v = metrics[k];
    if (v !== undefined) {
      sum += v;
      known = true;
    }
  }
  return known ? sum : undefined;
}

export interface RateResult {
  rate: number;
  /** The follower count was the nearest sample, more than 7 days away. */
  estimated: boolean;
}

/** Engagement rate by followers at post time. */
export function erByFollowers(
  engagement: number | undefined,
  followers: { followers: number; estimated: boolean } | undefined,
): RateResult | undefined {
  if (engagement === undefined || !followers || followers.followers <= 0) return undefined;
  return { rate: engagement / followers.followers, estimated: followers.estimated };
}

/** Engagement rate by views, where views exist. */
export function erByViews(engagement: number | undefined, views: number | undefined): number | undefined {
  return engagement === undefined || !views ? undefined : engagement / views;
}

/** Across posts: Σ engagement ÷ Σ followers (not a mean of ratios). */
export function aggregateEr(items: ReadonlyArray<{ engagement?: number; followers?: number }>): number | undefined {
  let e = 0;
  let f = 0;
  for (const i of items) {
    if (i.engagement === undefined || !i.followers) continue;
    e += i.engagement;
    f += i.followers;
  }
  return f > 0 ? e / f : undefined;
}
