import { mean, stdev } from './stats';

const WEEK_MS = 7 * 24 * 3_600_000;

export interface Cadence {
  postsPerWeek: number;
  /** Mean gap between consecutive posts, hours. */
  meanGapHours?: number;
  /**
   * Consistency: the coefficient of variation of the gaps (stdev ÷ mean). 0 is a perfectly regular
   * schedule; above 1 is bursty. Undefined with fewer than three posts.
   */
  gapVariation?: number;
}

/**
 * Posting cadence over a period [from, to] (ms), from the posts' creation times. `days`, when given,
 * is the period's length in whole local days (a DST day has 23 or 25 hours, and a period that ends
 * at the last millisecond of a day is still whole days).
 */
export function cadence(createdAt: readonly number[], from: number, to: number, days?: number): Cadence {
  const times = createdAt.filter((t) => t >= from && t <= to).sort((a, b) => a - b);
  const weeks = Math.max(days !== undefined ? days / 7 : (to - from) / WEEK_MS, 1 / 7);
  const gaps = times.slice(1).map((t, i) => (t - times[i]!) / 3_600_000);
  const m = mean(gaps);
  const sd = stdev(gaps);
  return {
    postsPerWeek: times.length / weeks,
    ...(m !== undefined ? { meanGapHours: m } : {}),
    ...(m && sd !== undefined && gaps.length >= 2 ? { gapVariation: sd / m } : {}),
  };
}
