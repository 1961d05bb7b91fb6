import type { MetricKey, Metrics } from '../../lib/platforms/types';
import type { DemoPlatform } from './cast';
import type { Rng } from './random';
import { HOUR } from './timeline';

/** Hours to reach 63 % of a post's lifetime engagement: a tweet is done in a day, a video keeps going. */
const TAU_HOURS: Record<DemoPlatform, number> = { x: 5, bluesky: 4, instagram: 10, youtube: 30 };
/** How engagement splits into the counters each platform has (no reposts or quotes on Instagram and YouTube). */
const SPLIT: Record<DemoPlatform, Partial<Record<MetricKey, number>>> = {
  x: { likes: 0.78, replies: 0.08, reposts: 0.1, quotes: 0.04 },
  bluesky: { likes: 0.8, replies: 0.07, reposts: 0.11, quotes: 0.02 },
  instagram: { likes: 0.96, replies: 0.04 },
  youtube: { likes: 0.93, replies: 0.07 },
};

const curve = (platform: DemoPlatform, ageMs: number) => 1 - Math.exp(-ageMs / (TAU_HOURS[platform] * HOUR));

/** A post's hidden truth: its engagement at 24 h and how many views each engagement comes with. */
export interface PostPotential {
  platform: DemoPlatform;
  engagement24h: number;
  /** Views per unit of engagement (X and YouTube only). */
  viewsPer?: number;
}

/** Counters at an age, with a little sampling noise; never below the previous sample. */
export function countersAt(p: PostPotential, ageMs: number, r: Rng, prev?: Metrics): Metrics {
  const e = (p.engagement24h * curve(p.platform, ageMs)) / curve(p.platform, 24 * HOUR);
  const out: Metrics = {};
  for (const [k, share] of Object.entries(SPLIT[p.platform]) as Array<[MetricKey, number]>) {
    out[k] = Math.max(prev?.[k] ?? 0, Math.round(e * share * (1 + 0.04 * r.normal())));
  }
  if (p.viewsPer) out.views = Math.max(prev?.views ?? 0, Math.round(e * p.viewsPer * (1 + 0.03 * r.normal())));
  if (p.platform === 'x') out.bookmarks = Math.max(prev?.bookmarks ?? 0, Math.round((out.likes ?? 0) * 0.04));
  return out;
}

/**
 * Counters as a feed's text shows them ("1.2K", "412K"): a lower bound, floored to what the
 * abbreviation keeps, and which keys were abbreviated.
 */
export function abbreviated(m: Metrics, platform: DemoPlatform): { metrics: Metrics; approximate: MetricKey[] } {
  const metrics: Metrics = {};
  const approximate: MetricKey[] = [];
  for (const [k, v] of Object.entries(m) as Array<[MetricKey, number]>) {
    if (v < 1000) {
      metrics[k] = v;
      continue;
    }
    // YouTube shows "12K" from 10,000 on; Instagram "12.3K".
    const step = v >= 1e6 ? 1e5 : v >= 1e4 && platform === 'youtube' ? 1000 : 100;
    metrics[k] = Math.floor(v / step) * step;
    approximate.push(k);
  }
  return { metrics, approximate };
}
