import type { Metrics, MetricKey, PlatformId } from '../platforms/types';

/**
 * Which counters make "engagement" on each platform, following the industry's public-data
 * definitions. (Insights will let the user change these in settings.)
 */
export const ENGAGEMENT_COUNTERS: Record<PlatformId, readonly MetricKey[]> = {
  x: ['likes', 'replies', 'reposts', 'quotes'],
  bluesky: ['likes', 'replies', 'reposts', 'quotes'],
  threads: ['likes', 'replies', 'reposts', 'quotes'],
  instagram: ['likes', 'replies'],
  facebook: ['likes', 'replies', 'shares'],
  linkedin: ['likes', 'replies', 'reposts'],
  youtube: ['likes', 'replies'],
  tiktok: ['likes', 'replies', 'shares', 'bookmarks'],
};

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
