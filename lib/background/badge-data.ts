import { getAccount } from '../db/accounts';
import type { PantauDB } from '../db/db';
import { getPosts, postsOfAuthor, profileSnapshots } from '../db/posts';
import type { BadgeData } from '../messaging/protocol';
import { getBadgesSchema } from '../messaging/schemas';
import { engagementOf, type EngagementCounters } from '../metrics/engagement';
import { followersAt } from '../metrics/followers';
import { median } from '../metrics/stats';
import { adapterForHost } from '../platforms/registry';
import type { PlatformId } from '../platforms/types';
import { Windows } from './budget';
import { senderHost, type SenderLike } from './guards';

/** ER of every post of an account, for its median (kept short: a badge is a glance). */
async function accountErs(db: PantauDB, platform: PlatformId, authorKey: string, counters?: EngagementCounters) {
  const profiles = await profileSnapshots(db, platform, authorKey);
  const posts = await postsOfAuthor(db, platform, authorKey);
  const rates = new Map<string, { engagement: number; followers: number; er: number }>();
  for (const p of posts) {
    if (p.repostOf) continue;
    const f = followersAt(profiles, Date.parse(p.createdAt))?.followers;
    const e = engagementOf(p.platform, p.metrics, counters);
    if (f && e !== undefined) rates.set(p.postId, { engagement: e, followers: f, er: e / f });
  }
  return rates;
}

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
  const byAccount = new Map<string, Awaited<ReturnType<typeof accountErs>>>();
  for (const row of rows) {
    if (!row) continue;
    const account = await getAccount(db, row.platform, row.authorKey);
    if (account?.role !== 'competitor' && account?.role !== 'own') continue;
    if (!byAccount.has(row.authorKey)) byAccount.set(row.authorKey, await accountErs(db, row.platform, row.authorKey, counters));
    const rates = byAccount.get(row.authorKey)!;
    const mine = rates.get(row.postId);
    const m = median([...rates.values()].map((r) => r.er));
    if (mine && m) out.push({ postId: row.postId, ...mine, medianEr: m });
  }
  return out;
}
