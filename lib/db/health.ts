import type { PlatformId } from '../platforms/types';
import type { PantauDB } from './db';
import type { HealthRow } from './schema';
import { localDateInput } from '../insights/period';

export interface HealthDelta {
  postsParsed?: number;
  payloadsNotUnderstood?: number;
  selectorMisses?: number;
  batchesRejected?: number;
  /** Rows the background refused from batches whose other rows it stored. */
  rowsRejected?: number;
  pagesWithPosts?: number;
  messagesDropped?: number;
  lastProblem?: string;
  samples?: string[];
  /** Post-like items seen and kept: coverage. */
  seen?: number;
  kept?: number;
}

/** Page views with post-like elements and nothing parsed before the side panel warns. */
export const PAGES_BEFORE_WARNING = 3;

export const emptyHealth = (platform: PlatformId): HealthRow => ({
  platform,
  postsParsed: 0,
  payloadsNotUnderstood: 0,
  selectorMisses: 0,
  batchesRejected: 0,
});

const COVERAGE_DAYS = 8;
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Add seen and kept to today's coverage, keeping the last 8 local days. */
function addCoverage(row: HealthRow, delta: HealthDelta, now: number, timeZone: string): HealthRow['coverage'] {
  if (!delta.seen && !delta.kept) return row.coverage;
  const today = localDateInput(now, timeZone);
  const days = { ...(row.coverage ?? {}) };
  const prev = days[today] ?? { seen: 0, kept: 0 };
  days[today] = { seen: prev.seen + (delta.seen ?? 0), kept: prev.kept + (delta.kept ?? 0) };
  return Object.fromEntries(
    Object.entries(days)
      .sort(([a], [b]) => (a < b ? 1 : -1))
      .slice(0, COVERAGE_DAYS),
  );
}

export interface Coverage {
  today?: { seen: number; kept: number; ratio: number };
  /** The 7 local days before today. */
  before?: { seen: number; kept: number; ratio: number };
  /** Today's coverage is low, or fell well below the days before. */
  falling: boolean;
}

/** Below this share of items kept (over at least MIN_SEEN items), coverage warns. */
export const COVERAGE_WARN_BELOW = 0.8;
const COVERAGE_MIN_SEEN = 5;
/** A drop of this much against the 7 days before warns too. */
const COVERAGE_DROP = 0.1;

/** Coverage today and over the 7 days before, and whether it is falling. */
export function coverageOf(row: HealthRow, now: number, timeZone = localZone()): Coverage {
  const today = localDateInput(now, timeZone);
  const ratio = (s: { seen: number; kept: number }) => ({ ...s, ratio: s.seen ? s.kept / s.seen : 1 });
  const t = row.coverage?.[today];
  const earlier = Object.entries(row.coverage ?? {})
    .filter(([d]) => d < today)
    .slice(0, 7)
    .reduce((a, [, v]) => ({ seen: a.seen + v.seen, kept: a.kept + v.kept }), { seen: 0, kept: 0 });
  const todayR = t && t.seen ? ratio(t) : undefined;
  const beforeR = earlier.seen ? ratio(earlier) : undefined;
  const falling =
    !!todayR &&
    todayR.seen >= COVERAGE_MIN_SEEN &&
    (todayR.ratio < COVERAGE_WARN_BELOW ||
      (!!beforeR && beforeR.seen >= COVERAGE_MIN_SEEN && todayR.ratio < beforeR.ratio - COVERAGE_DROP));
  return { ...(todayR ? { today: todayR } : {}), ...(beforeR ? { before: beforeR } : {}), falling };
}

/** Add to a platform's capture counters. Call inside the ingest transaction. */
export async function bumpHealth(
  db: PantauDB,
  platform: PlatformId,
  delta: HealthDelta,
  now: number,
  timeZone = localZone(),
): Promise<void> {
  const row = (await db.health.get(platform)) ?? emptyHealth(platform);
  const problems =
    (delta.payloadsNotUnderstood ?? 0) + (delta.selectorMisses ?? 0) + (delta.batchesRejected ?? 0) + (delta.rowsRejected ?? 0);
  const next: HealthRow = {
    ...row,
    postsParsed: row.postsParsed + (delta.postsParsed ?? 0),
    payloadsNotUnderstood: row.payloadsNotUnderstood + (delta.payloadsNotUnderstood ?? 0),
    selectorMisses: row.selectorMisses + (delta.selectorMisses ?? 0),
    batchesRejected: row.batchesRejected + (delta.batchesRejected ?? 0),
  };
  const coverage = addCoverage(row, delta, now, timeZone);
  if (coverage) next.coverage = coverage;
  if (delta.messagesDropped) next.messagesDropped = (row.messagesDropped ?? 0) + delta.messagesDropped;
  if (delta.rowsRejected) next.rowsRejected = (row.rowsRejected ?? 0) + delta.rowsRejected;
  const pages = (row.pagesSinceSuccess ?? 0) + (delta.pagesWithPosts ?? 0);
  next.pagesSinceSuccess = (delta.postsParsed ?? 0) > 0 ? 0 : pages;
  if (delta.samples?.length) next.samples = [...(row.samples ?? []), ...delta.samples].slice(-5);
  if ((delta.postsParsed ?? 0) > 0) next.lastSuccessAt = now;
  if (problems > 0) {
    next.lastProblemAt = now;
    if (delta.lastProblem) next.lastProblem = delta.lastProblem.slice(0, 200);
  }
  await db.health.put(next);
}

/**
 * "X layout may have changed": pages with posts visited and nothing parsed, or problems since
 * the last success (or problems and no success yet).
 */
export function healthNeedsAttention(row: HealthRow, now = Date.now(), timeZone = localZone()): boolean {
  if ((row.pagesSinceSuccess ?? 0) >= PAGES_BEFORE_WARNING) return true;
  if (coverageOf(row, now, timeZone).falling) return true;
  if (row.lastProblemAt === undefined) return false;
  return row.lastSuccessAt === undefined || row.lastProblemAt > row.lastSuccessAt;
}
