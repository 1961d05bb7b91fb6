/** Relative dates as platforms print them in lists ("13 days ago"), made into an approximate time. Pure. */
import type { DatePrecision } from '../platforms/types';

const UNITS: Array<[RegExp, DatePrecision, number]> = [
  [/^(?:seconds?|minutes?|mins?|detik|menit)$/, 'hour', 60_000],
  [/^(?:hours?|hrs?|jam)$/, 'hour', 3_600_000],
  [/^(?:days?|hari)$/, 'day', 86_400_000],
  [/^(?:weeks?|minggu)$/, 'week', 7 * 86_400_000],
  [/^(?:months?|bulan)$/, 'month', 30.44 * 86_400_000],
  [/^(?:years?|tahun)$/, 'year', 365.25 * 86_400_000],
];

/**
 * "13 days ago", "Streamed 2 weeks ago", "1 month ago", "13 hari yang lalu": the moment it names,
 * counted back from `now`, and its precision (the unit). Minutes and seconds count as hour
 * precision. Undefined for anything else (an absolute date is read elsewhere).
 */
export function relativeDate(text: unknown, now: number): { iso: string; precision: DatePrecision } | undefined {
  if (typeof text !== 'string' || text.length > 80 || !Number.isFinite(now)) return undefined;
  const m = /(\d{1,4})\s+([a-z]+)\s+(?:ago|yang lalu|lalu)\b/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = UNITS.find(([re]) => re.test(m[2]!.toLowerCase()));
  if (!unit) return undefined;
  const at = now - n * unit[2];
  if (!Number.isFinite(at) || at < 946684800000) return undefined;
  return { iso: new Date(at).toISOString(), precision: unit[1] };
}
