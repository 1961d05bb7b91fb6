import type { PantauDB } from '../db/db';
import type { EngagementCounters } from '../metrics/engagement';
import { percentileRank } from '../metrics/stats';
import type { Usual } from '../metrics/usual';
import type { Pace } from '../metrics/velocity';
import type { PlatformId } from '../platforms/types';
import type { Insights } from './compute';
import { paceOfPost } from './pace';
import { lastDays } from './period';
import { insightsFor } from './scope';
import { whyEmpty } from './dashboard';

/** The days of history the side panel's context card summarises. */
export const CONTEXT_DAYS = 90;

export interface ContextInsights {
  insights: Insights;
  /** Where the open post stands: "× its usual" (the one definition) and its percentile among the account's posts. */
  current?: { usual?: Usual; percentile?: number };
  /** How the open post runs against the account's usual curve, while it is young. */
  pace?: Pace;
  /** Set when the last CONTEXT_DAYS hold none of its posts: how many are stored in all, and the newest's time. */
  stored?: { total: number; newest?: number };
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
  const percentile = mine?.er !== undefined ? percentileRank(ers, mine.er) : undefined;
  const current = mine ? { ...(mine.usual ? { usual: mine.usual } : {}), ...(percentile !== undefined ? { percentile } : {}) } : undefined;
  const why = insights.posts.length ? undefined : (await whyEmpty(db, platform, [], [handle]))[0];
  const stored = why ? { total: why.total, ...(why.newest !== undefined ? { newest: why.newest } : {}) } : undefined;
  return { insights, ...(current ? { current } : {}), ...(pace ? { pace } : {}), ...(stored ? { stored } : {}) };
}
