import { median, weightedMedian, pushTo } from './stats';

export interface TimedRate {
  /** Post creation time, ms. */
  createdAt: number;
  /** ER by followers at about 24 h of age (or the latest when younger). */
  er: number;
}

export interface GridCell {
  weekday: number; // 0 = Sunday, in the user's time zone
  hour: number; // 0–23
  /** Posts in the cell (volume: how crowded the slot is). */
  posts: number;
  /** Shrunk median ER; undefined ("not enough data") below MIN_POSTS. */
  er?: number;
}

export const MIN_POSTS = 2;
export const PRIOR_WEIGHT = 3;
export const WINDOW_DAYS = 90;
export const HALF_LIFE_DAYS = 30;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Weekday and hour of a time in a time zone (Intl), e.g. "Asia/Jakarta". */
export function slotOf(ms: number, timeZone: string): { weekday: number; hour: number } {
  let fmt = formatters.get(timeZone);
  if (!fmt)
    formatters.set(timeZone, (fmt = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' })));
  const parts = fmt.formatToParts(ms);
  const wd = parts.find((p) => p.type === 'weekday')?.value ?? 'Sun';
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
  return { weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(wd), hour };
}

/**
 * When do these accounts get the most engagement? A weekday × hour grid in the user's time zone,
 * from posts of the last 90 days, weighted toward recent ones (30-day half-life). Each cell holds
 * the weighted median ER, shrunk toward the overall median by its post count (empirical Bayes with
 * a prior weight of 3 posts); a cell with fewer than 2 posts has no value. Volume is always given.
 */
export function bestTimeGrid(posts: readonly TimedRate[], now: number, timeZone: string): GridCell[] {
  const recent = posts.filter((p) => p.createdAt <= now && now - p.createdAt <= WINDOW_DAYS * 86_400_000 && Number.isFinite(p.er));
  const weight = (p: TimedRate) => 0.5 ** ((now - p.createdAt) / (HALF_LIFE_DAYS * 86_400_000));
  const overall =
    weightedMedian(
      recent.map((p) => p.er),
      recent.map(weight),
    ) ??
    median(recent.map((p) => p.er)) ??
    0;
  const cells = new Map<number, TimedRate[]>();
  for (const p of recent) {
    const { weekday, hour } = slotOf(p.createdAt, timeZone);
    const key = weekday * 24 + hour;
    pushTo(cells, key, p);
  }
  const grid: GridCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const inCell = cells.get(weekday * 24 + hour) ?? [];
      const cell: GridCell = { weekday, hour, posts: inCell.length };
      if (inCell.length >= MIN_POSTS) {
        const m = weightedMedian(
          inCell.map((p) => p.er),
          inCell.map(weight),
        )!;
        cell.er = (inCell.length * m + PRIOR_WEIGHT * overall) / (inCell.length + PRIOR_WEIGHT);
      }
      grid.push(cell);
    }
  }
  return grid;
}

/** The best slots with data, highest ER first. */
export function bestSlots(grid: readonly GridCell[], n = 3): GridCell[] {
  return grid
    .filter((c) => c.er !== undefined)
    .sort((a, b) => b.er! - a.er!)
    .slice(0, n);
}
