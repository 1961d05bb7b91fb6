import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import type { PantauDB } from '../db/db';
import type { PostRow } from '../db/schema';
import { t } from '../i18n/t';
import { breakoutZ, isBreakout, type PeerPost } from '../metrics/breakout';
import { engagementOf, type EngagementCounters } from '../metrics/engagement';
import { followersAt } from '../metrics/followers';
import type { CapturedPost } from '../platforms/types';

export const BREAKOUT_PREFIX = 'breakout:';

async function samplesOf(db: PantauDB, p: PostRow, createdAt: number, counters?: EngagementCounters) {
  const snaps = await db.postSnapshots
    .where('[platform+postId+capturedAt]')
    .between([p.platform, p.postId, Dexie.minKey], [p.platform, p.postId, Dexie.maxKey])
    .toArray();
  return snaps.flatMap((s) => {
    const e = engagementOf(p.platform, s.metrics, counters);
    return e === undefined ? [] : [{ ageMs: s.capturedAt - createdAt, engagement: e }];
  });
}

/**
 * After a batch is stored: a watched competitor's post whose ER breaks out against the account's
 * other posts at the same age gets one notification (never twice). Returns the posts alerted.
 */
export async function checkBreakouts(
  db: PantauDB,
  posts: readonly CapturedPost[],
  now: number,
  counters?: EngagementCounters,
): Promise<string[]> {
  const alerted: string[] = [];
  // One small read per batch: only watched competitors' posts are checked (the hot path stays cheap).
  const competitors = new Set(
    (await db.accounts.where('role').equals('competitor').toArray()).map((a) => `${a.platform}\u0000${a.handle}`),
  );
  if (!competitors.size) return alerted;
  for (const captured of posts) {
    if (captured.repostOf || !competitors.has(`${captured.platform}\u0000${captured.authorHandle.toLowerCase()}`)) continue;
    const row = await db.posts.get([captured.platform, captured.postId]);
    const createdAt = row ? Date.parse(row.createdAt) : NaN;
    if (!row || row.breakoutAlertedAt !== undefined || !Number.isFinite(createdAt)) continue;
    const profiles = await db.profileSnapshots
      .where('[platform+handle+capturedAt]')
      .between([row.platform, row.authorKey, Dexie.minKey], [row.platform, row.authorKey, Dexie.maxKey])
      .toArray();
    const followers = followersAt(profiles, createdAt)?.followers;
    const engagement = engagementOf(row.platform, row.metrics, counters);
    if (!followers || engagement === undefined) continue;
    const peers: PeerPost[] = [];
    for (const other of await db.posts.where('[platform+authorKey]').equals([row.platform, row.authorKey]).toArray()) {
      const at = Date.parse(other.createdAt);
      if (other.postId === row.postId || other.repostOf || !Number.isFinite(at)) continue;
      const f = followersAt(profiles, at)?.followers;
      if (f) peers.push({ samples: await samplesOf(db, other, at, counters), followers: f });
    }
    const z = breakoutZ(engagement / followers, now - createdAt, peers);
    if (!isBreakout(z)) continue;
    await db.posts.update([row.platform, row.postId], { breakoutAlertedAt: now });
    alerted.push(row.postId);
    await browser.notifications
      .create(`${BREAKOUT_PREFIX}${row.platform}:${row.postId}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('breakoutTitle', [row.authorHandle]),
        message: row.text.length > 120 ? `${row.text.slice(0, 119)}…` : row.text,
      })
      .catch(() => undefined);
  }
  return alerted;
}

/** A breakout notification clicked: open the post. */
export async function openBreakout(db: PantauDB, notificationId: string): Promise<void> {
  const [platform, postId] = notificationId.slice(BREAKOUT_PREFIX.length).split(/:(.*)/s);
  const row = platform && postId ? await db.posts.get([platform, postId]) : undefined;
  if (row && /^https:\/\//.test(row.url)) await browser.tabs.create({ url: row.url });
}
