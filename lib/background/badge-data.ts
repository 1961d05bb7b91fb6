import { getAccount } from '../db/accounts';
import type { PantauDB } from '../db/db';
import { getPosts } from '../db/posts';
import { postKey } from '../db/keys';
import type { PostRow } from '../db/schema';
import { usualOfStored } from '../insights/usual-rows';
import type { BadgeData } from '../messaging/protocol';
import { getBadgesSchema } from '../messaging/schemas';
import type { EngagementCounters } from '../metrics/engagement';
import { adapterForHost } from '../platforms/registry';
import { Windows } from './budget';
import { senderHost, type SenderLike } from './guards';

/** Post ids a tab may ask badges for per minute: a screenful many times over, but not a scan of guessed handles. */
export const BADGE_IDS_PER_MINUTE = 300;
const asked = new Windows(60_000, () => ({ count: 0 }), 500);

/** Whether a tab is still within its badge budget (in memory: a restarted worker starts a fresh minute). */
function withinBudget(tab: string, n: number, now: number): boolean {
  const w = asked.at(tab, now);
  w.count += n;
  return w.count <= BADGE_IDS_PER_MINUTE;
}

/**
 * Badges for the posts a platform tab shows: only posts of watched accounts (competitor or own),
 * only for the sending tab's platform, and only when badges are switched on.
 */
export async function handleGetBadges(
  raw: unknown,
  sender: SenderLike,
  db: PantauDB,
  enabled: boolean,
  counters?: EngagementCounters,
  now = Date.now(),
): Promise<BadgeData[]> {
  const host = senderHost(sender);
  const adapter = host ? adapterForHost(host) : undefined;
  const input = getBadgesSchema.safeParse(raw);
  if (!enabled || !adapter || !input.success || input.data.platform !== adapter.id) return [];
  if (!withinBudget(`${sender.tab?.id ?? '?'}:${adapter.id}`, input.data.postIds.length, now)) return [];
  const rows = await getPosts(
    db,
    input.data.postIds.map((id) => [adapter.id, id]),
  );
  const out: BadgeData[] = [];
  const watched: PostRow[] = [];
  for (const row of rows) {
    if (!row) continue;
    const account = await getAccount(db, row.platform, row.authorKey);
    if (account?.role === 'competitor' || account?.role === 'own') watched.push(row);
  }
  // The one definition of "× its usual", as the side panel and the alerts use it.
  const usual = await usualOfStored(db, watched, counters);
  for (const row of watched) {
    const u = usual.get(postKey(row));
    if (u?.er === undefined || u.engagement === undefined || !u.followers) continue;
    out.push({
      postId: row.postId,
      engagement: u.engagement,
      followers: u.followers,
      er: u.er,
      ...(u.usual ? { timesUsual: u.usual.ratio, usualEr: u.usual.median, ageHours: Math.round(u.usual.ageMs / 3_600_000) } : {}),
    });
  }
  return out;
}
