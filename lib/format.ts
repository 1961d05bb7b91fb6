/** Locale-aware display helpers (pure). */

/**
 * One formatter per locale and kind: building an Intl formatter costs ~15 µs, so a table of 8,000
 * rows that built one per cell spent over 100 ms doing only that.
 */
function cached<T>(make: (locale: string) => T): (locale: string) => T {
  const byLocale = new Map<string, T>();
  return (locale) => {
    let f = byLocale.get(locale);
    if (!f) byLocale.set(locale, (f = make(locale)));
    return f;
  };
}

// Truncated, never rounded up: 2,989,906 is "2.9M" on X, YouTube and TikTok, and rounding would say "3M".
const compactFormat = cached(
  (locale) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1, roundingMode: 'trunc' }),
);
const exactFormat = cached((locale) => new Intl.NumberFormat(locale));
const relativeFormat = cached((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const dateTimeFormat = cached((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));

/** Counts written exactly below this, as X writes them ("9,999", then "10K"). */
export const COMPACT_FROM = 10_000;

/**
 * A count as the platforms show it: exact below 10,000 ("1,234"), then abbreviated with one
 * decimal, cut toward zero ("29.8K", "2.9M", "999.9K"; "2,9 jt" in Indonesian).
 */
export function formatCompact(n: number, locale: string): string {
  return Math.abs(n) < COMPACT_FROM ? exactFormat(locale).format(n) : compactFormat(locale).format(n);
}

export function formatExact(n: number, locale: string): string {
  return exactFormat(locale).format(n);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600e3],
  ['month', 30 * 24 * 3600e3],
  ['week', 7 * 24 * 3600e3],
  ['day', 24 * 3600e3],
  ['hour', 3600e3],
  ['minute', 60e3],
];

export function formatRelative(then: number, now: number, locale: string): string {
  const diff = then - now;
  const rtf = relativeFormat(locale);
  for (const [unit, ms] of UNITS) if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  return rtf.format(0, 'minute');
}

export function formatDateTime(ms: number, locale: string): string {
  return dateTimeFormat(locale).format(ms);
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Local midnight of the day containing `now`. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Value for <input type="datetime-local"> in local time, and back. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function fromLocalInput(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}
