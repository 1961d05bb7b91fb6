import { median } from './stats';

/** One sample of a post's engagement, at an age (ms since the post was created). */
export interface AgedSample {
  ageMs: number;
  engagement: number;
}

export const HOUR_MS = 3_600_000;
export const VELOCITY_AGES_H = [1, 6, 24] as const;

/**
 * Engagement at a given age, linearly interpolated between the samples around it. Undefined
 * outside the samples (no extrapolation: a post first seen at 30 h says nothing about its 1 h).
 */
export function engagementAtAge(samples: readonly AgedSample[], ageMs: number): number | undefined {
  const s = [...samples].sort((a, b) => a.ageMs - b.ageMs);
  if (!s.length || ageMs < s[0]!.ageMs || ageMs > s[s.length - 1]!.ageMs) return undefined;
  const i = s.findIndex((x) => x.ageMs >= ageMs);
  const b = s[i]!;
  if (b.ageMs === ageMs || i === 0) return b.engagement;
  const a = s[i - 1]!;
  return a.engagement + ((ageMs - a.ageMs) / (b.ageMs - a.ageMs)) * (b.engagement - a.engagement);
}

/** Engagement at 1 h, 6 h and 24 h of age. */
export function velocity(samples: readonly AgedSample[]): Record<(typeof VELOCITY_AGES_H)[number], number | undefined> {
  return { 1: engagementAtAge(samples, HOUR_MS), 6: engagementAtAge(samples, 6 * HOUR_MS), 24: engagementAtAge(samples, 24 * HOUR_MS) };
}

export interface Pace {
  ageHours: number;
  /** This post's engagement ÷ the account's median at the same age. */
  ratio: number;
  ahead: boolean;
}

/**
 * How a new post compares with the account's usual curve at its current age: the median of the
 * account's other posts at that age. "Ahead of its usual pace at 3 h" when ratio > 1.
 */
export function paceVsUsual(post: readonly AgedSample[], others: ReadonlyArray<readonly AgedSample[]>, ageMs: number): Pace | undefined {
  const mine = engagementAtAge(post, ageMs);
  const usual = median(others.map((o) => engagementAtAge(o, ageMs)).filter((x): x is number => x !== undefined));
  if (mine === undefined || usual === undefined || usual <= 0) return undefined;
  return { ageHours: Math.round(ageMs / HOUR_MS), ratio: mine / usual, ahead: mine > usual };
}
