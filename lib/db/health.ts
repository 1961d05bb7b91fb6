import type { PlatformId } from '../platforms/types';
import type { PantauDB } from './db';
import type { HealthRow } from './schema';

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

/** Add to a platform's capture counters. Call inside the ingest transaction. */
export async function bumpHealth(db: PantauDB, platform: PlatformId, delta: HealthDelta, now: number): Promise<void> {
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
export function healthNeedsAttention(row: HealthRow): boolean {
  if ((row.pagesSinceSuccess ?? 0) >= PAGES_BEFORE_WARNING) return true;
  if (row.lastProblemAt === undefined) return false;
  return row.lastSuccessAt === undefined || row.lastProblemAt > row.lastSuccessAt;
}
