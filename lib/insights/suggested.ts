import type { PantauDB } from '../db/db';
import { watchedAccounts } from '../db/queries/accounts';
import type { GridCell } from '../metrics/best-time';
import type { EngagementCounters } from '../metrics/engagement';
import { type PlatformId } from '../platforms/types';
import { PLATFORM_IDS } from '../platforms/registry';
import { suggestedSlots } from '../scheduling/queue';
import { lastDays } from './period';
import { insightsFor } from './scope';

/** The days of history the composer's suggested slots are drawn from. */
export const SUGGESTION_DAYS = 90;
/** Suggested times per platform. */
export const SUGGESTIONS_PER_TARGET = 3;

/** A suggested time: the next occurrence of a best-time cell, and why (its ER and post count). */
export interface BestSlot {
  at: number;
  weekday: number;
  hour: number;
  /** The cell's median ER (shrunk toward the overall median, as in the heatmap). */
  er: number;
  /** Posts in the cell over the last 90 days. */
  posts: number;
}

/** Whose posts the best times come from. */
export type BestBasis = 'competitor' | 'own' | 'watched';

/** One targeted platform's suggestions, or what is missing to have any. */
export type BestTimes =
  | { target: string; slots: BestSlot[]; basis: BestBasis }
  | { target: string; slots: []; missing: 'notCaptured' | 'noWatched' | 'notEnough'; posts: number };

/**
 * The best cells spread over the week: highest ER first, but a cell on a weekday already taken, or
 * within an hour of a taken hour, waits until no other cell is left (a suggestion list of "Tue 09,
 * Tue 10, Tue 11" says one thing three times). Then each cell's next occurrence after `now`, in
 * date order.
 */
export function spreadSlots(grid: readonly GridCell[], now: number, n = SUGGESTIONS_PER_TARGET): BestSlot[] {
  const ranked = grid.filter((c): c is GridCell & { er: number } => c.er !== undefined).sort((a, b) => b.er - a.er || b.posts - a.posts);
  const picked: Array<GridCell & { er: number }> = [];
  const clash = (c: GridCell, strict: boolean) => picked.some((p) => p.weekday === c.weekday || (strict && Math.abs(p.hour - c.hour) <= 1));
  for (const strict of [true, false])
    for (const c of ranked) if (picked.length < n && !picked.includes(c) && !clash(c, strict)) picked.push(c);
  for (const c of ranked) if (picked.length < n && !picked.includes(c)) picked.push(c);
  return picked
    .flatMap((c) => {
      const at = suggestedSlots([c], now)[0];
      return at === undefined ? [] : [{ at, weekday: c.weekday, hour: c.hour, er: c.er, posts: c.posts }];
    })
    .sort((a, b) => a.at - b.at);
}

/**
 * Best times for each targeted platform, from its own watched accounts' posts (never another
 * platform's): the spread best cells with their reasons, or what is needed to have any.
 */
export async function bestTimesFor(
  db: PantauDB,
  targets: readonly string[],
  { now, timeZone, counters }: { now: number; timeZone: string; counters?: EngagementCounters },
): Promise<BestTimes[]> {
  const watched = await watchedAccounts(db);
  const period = lastDays(SUGGESTION_DAYS, now, timeZone);
  return Promise.all(
    targets.map(async (target): Promise<BestTimes> => {
      if (!(PLATFORM_IDS as readonly string[]).includes(target)) return { target, slots: [], missing: 'notCaptured', posts: 0 };
      const platform = target as PlatformId;
      const accounts = watched.filter((a) => a.platform === platform);
      if (!accounts.length) return { target, slots: [], missing: 'noWatched', posts: 0 };
      const handles = accounts.map((a) => a.handle);
      const { insights } = await insightsFor(db, { platform, accounts: handles, period, timeZone, ...(counters ? { counters } : {}) });
      const slots = spreadSlots(insights.grid, now);
      if (!slots.length) return { target, slots: [], missing: 'notEnough', posts: insights.posts.length };
      const roles = new Set(accounts.map((a) => a.role));
      const basis: BestBasis = roles.size > 1 ? 'watched' : roles.has('own') ? 'own' : 'competitor';
      return { target, slots, basis };
    }),
  );
}

/** Best-time slots (epoch ms, in date order) for the first targeted platform with any. */
export async function suggestedSlotsFor(
  db: PantauDB,
  targets: readonly string[],
  opts: { now: number; timeZone: string; counters?: EngagementCounters },
): Promise<number[]> {
  const all = await bestTimesFor(db, targets, opts);
  return all.find((b) => b.slots.length)?.slots.map((s) => s.at) ?? [];
}
