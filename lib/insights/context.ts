import type { PantauDB } from '../db/db';
import type { EngagementCounters } from '../metrics/engagement';
import { standing } from '../metrics/outliers';
import type { Pace } from '../metrics/velocity';
import type { PlatformId } from '../platforms/types';
import type { Insights } from './compute';
import { paceOfPost } from './pace';
import { lastDays } from './period';
import { insightsFor } from './scope';

/** The days of history the side panel's context card summarises. */
export const CONTEXT_DAYS = 90;

export interface ContextInsights {
  insights: Insights;
  /** Where the open post stands among the account's posts, when it is one of them and has an ER. */
  current?: ReturnType<typeof standing>;
  /** How the open post runs against the account's usual curve, while it is young. */
  pace?: Pace;
}

/** The context card for a watched account (and the post open in the tab, if any). */
export async function contextInsights(
  db: PantauDB,
  {
    platform,
    handle,
    postId,
    now,
    timeZone,
    counters,
  }: { platform: PlatformId; handle: string; postId?: string; now: number; timeZone: string; counters?: EngagementCounters },
): Promise<ContextInsights> {
  const scope = {
    platform,
    accounts: [handle],
    period: lastDays(CONTEXT_DAYS, now, timeZone),
    timeZone,
    ...(counters ? { counters } : {}),
  };
  const { insights, rows } = await insightsFor(db, scope);
  const mine = postId ? insights.posts.find((p) => p.post.postId === postId) : undefined;
  const ers = insights.posts.flatMap((p) => (p.er !== undefined ? [p.er] : []));
  // The post's age is measured at the clock, not at the period's end.
  const pace = postId ? paceOfPost(postId, rows, now, counters) : undefined;
  return { insights, ...(mine?.er !== undefined ? { current: standing(mine.er, ers) } : {}), ...(pace ? { pace } : {}) };
}
