/**
 * Periods in whole local days. "Last 30 days" is today and the 29 days before it, in the user's
 * time zone, so every number over it (cadence, posts per week, the KPIs) is the same at 00:30 and at
 * 23:59: it changes only when a post enters the period (a new post today) or leaves it (at midnight
 * the oldest day drops). A rolling [now − 30 × 24 h, now] window would instead move its edges, and
 * its weekly buckets, with the hour it is computed at.
 */

const DAY_MS = 86_400_000;
const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(timeZone: string): Intl.DateTimeFormat {
  let f = wallFormats.get(timeZone);
  if (!f)
    wallFormats.set(
      timeZone,
      (f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })),
    );
  return f;
}

/** The wall-clock date and time of an instant in a zone. */
function wall(ms: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of wallFormat(timeZone).formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year!, m: parts.month!, d: parts.day!, h: parts.hour! % 24, min: parts.minute!, s: parts.second! };
}

/** The zone's offset from UTC at an instant, ms (UTC+7 → +25,200,000). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wall(ms, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(ms / 1000) * 1000;
}

/** The instant of local midnight starting the wall date y-m-d (m 1–12; d may overflow) in a zone. */
function midnight(y: number, m: number, d: number, timeZone: string): number {
  const utc = Date.UTC(y, m - 1, d);
  // Twice: the offset at the first guess may differ from the offset at midnight across a DST change.
  const guess = utc - offsetAt(utc, timeZone);
  return utc - offsetAt(guess, timeZone);
}

/** The start of the local day containing `ms`. */
export function startOfLocalDay(ms: number, timeZone: string): number {
  const w = wall(ms, timeZone);
  return midnight(w.y, w.m, w.d, timeZone);
}

/** The start of the local day `n` days after the day containing `ms` (n may be negative). */
export function addLocalDays(ms: number, n: number, timeZone: string): number {
  const w = wall(ms, timeZone);
  return midnight(w.y, w.m, w.d + n, timeZone);
}

/** The local date of an instant as YYYY-MM-DD (what an `<input type="date">` holds). */
export function localDateInput(ms: number, timeZone: string): string {
  const w = wall(ms, timeZone);
  return `${String(w.y).padStart(4, '0')}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

export interface Period {
  /** Start of the first local day. */
  from: number;
  /** End of the last local day (the last millisecond before the next local midnight). */
  to: number;
}

/** The last `days` whole local days, today included. */
export function lastDays(days: number, now: number, timeZone: string): Period {
  return { from: addLocalDays(now, -(days - 1), timeZone), to: addLocalDays(now, 1, timeZone) - 1 };
}

/** A period from two local dates (YYYY-MM-DD, both included); undefined unless from ≤ to. */
export function dateRange(from: string, to: string, timeZone: string): Period | undefined {
  const parse = (s: string) => /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)?.slice(1).map(Number);
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return undefined;
  const start = midnight(a[0]!, a[1]!, a[2]!, timeZone);
  const end = midnight(b[0]!, b[1]!, b[2]! + 1, timeZone) - 1;
  return Number.isFinite(start) && Number.isFinite(end) && start < end ? { from: start, to: end } : undefined;
}

/** Whole local days from the day of `from` to the day of `to`, both included. */
export function localDaysBetween(from: number, to: number, timeZone: string): number {
  // Rounding absorbs a DST day of 23 or 25 hours.
  return Math.round((startOfLocalDay(to, timeZone) - startOfLocalDay(from, timeZone)) / DAY_MS) + 1;
}

export interface WeekBucket {
  /** Start of the bucket's first local day. */
  start: number;
  /** Local days in the bucket: 7, or fewer for the oldest bucket when the period is not whole weeks. */
  days: number;
}

/**
 * Seven-day buckets counted back from the period's last day, so the newest bucket is always a whole
 * week (a short last bucket would read as a drop in posting). Oldest first; only the oldest can be
 * short, and it says how many days it holds.
 */
export function weekBuckets(period: Period, timeZone: string): WeekBucket[] {
  const n = localDaysBetween(period.from, period.to, timeZone);
  const buckets: WeekBucket[] = [];
  for (let end = n; end > 0; end -= 7) {
    const startDay = Math.max(0, end - 7);
    buckets.unshift({ start: addLocalDays(period.from, startDay, timeZone), days: end - startDay });
  }
  return buckets;
}

/** The index of the bucket holding an instant (buckets oldest first; -1 before the first). */
export function bucketIndex(ms: number, buckets: readonly WeekBucket[]): number {
  let i = buckets.length - 1;
  while (i >= 0 && buckets[i]!.start > ms) i--;
  return i;
}
