import { mad, median, percentileRank } from './stats';

export interface Scored<T> {
  item: T;
  er: number;
  /** Robust z-score: (ER − median) ÷ (1.4826 × MAD). */
  z: number;
}

/** Breakout posts and flops of one account, by robust z-score. Needs 3+ posts and a spread. */
export function robustZ<T>(items: readonly T[], erOf: (t: T) => number | undefined): Scored<T>[] {
  const rated = items
    .map((item) => ({ item, er: erOf(item) }))
    .filter((x): x is { item: T; er: number } => x.er !== undefined && Number.isFinite(x.er));
  if (rated.length < 3) return [];
  const m = median(rated.map((r) => r.er))!;
  const d = mad(rated.map((r) => r.er))!;
  if (d === 0) return rated.map((r) => ({ ...r, z: 0 }));
  return rated.map((r) => ({ ...r, z: (r.er - m) / (1.4826 * d) }));
}

export const BREAKOUT_Z = 3.5;

/** Where one post stands in its account: "4.1× its median, 93rd percentile". */
export function standing(er: number, accountErs: readonly number[]): { timesMedian?: number; percentile?: number } {
  const m = median(accountErs);
  return { ...(m ? { timesMedian: er / m } : {}), ...(accountErs.length ? { percentile: percentileRank(accountErs, er) } : {}) };
}
