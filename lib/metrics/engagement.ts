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

/** Sum of the platform's engagement counters; undefined when none of them is known. */
export function engagementOf(platform: PlatformId, metrics: Metrics): number | undefined {
  let sum = 0;
  let known = false;
  for (const k of ENGAGEMENT_COUNTERS[platform]) {
    const v = metrics[k];
    if (v !== undefined) {
      sum += v;
      known = true;
    }
  }
  return known ? sum : undefined;
}
