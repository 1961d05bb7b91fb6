import { browser } from 'wxt/browser';
import { accountsWithRole } from '../db/accounts';
import type { PantauDB } from '../db/db';
import { markBreakoutAlerted, postsOfAuthor } from '../db/posts';
import { getPost } from '../db/queries';
import type { PostRow } from '../db/schema';
import { t } from '../i18n/t';
import { settingsLanguage } from './action-badge';
import type { EngagementCounters } from '../metrics/engagement';
import { isBreakout } from '../metrics/usual';
import { usualOfStored } from '../insights/usual-rows';
import type { CapturedPost, PlatformId } from '../platforms/types';
import { accountKey, postKey } from '../db/keys';

export const BREAKOUT_PREFIX = 'breakout:';

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
  const competitors = new Set((await accountsWithRole(db, 'competitor')).map((a) => accountKey(a.platform, a.handle)));
  if (!competitors.size) return alerted;
  const candidates: PostRow[] = [];
  for (const captured of posts) {
    if (captured.repostOf || !competitors.has(accountKey(captured.platform, captured.authorHandle.toLowerCase()))) continue;
    const row = await getPost(db, captured.platform, captured.postId);
    if (row && row.breakoutAlertedAt === undefined && Number.isFinite(Date.parse(row.createdAt))) candidates.push(row);
  }
  if (!candidates.length) return alerted;
  // The one definition of "× its usual" and its robust z (lib/metrics/usual.ts), as every view shows it.
  const usual = await usualOfStored(db, candidates, counters);
  const alertsToday = new Map<string, number>();
  for (const row of candidates) {
    if (!isBreakout(usual.get(postKey(row))?.usual)) continue;
    const key = accountKey(row.platform, row.authorKey);
    await markBreakoutAlerted(db, row.platform, row.postId, now);
    // A few alerts per account a day: a competitor (a third party) posting a burst cannot flood the user.
    let today = alertsToday.get(key);
    if (today === undefined)
      alertsToday.set(
        key,
        (today = (await postsOfAuthor(db, row.platform, row.authorKey)).filter(
          (p) => p.postId !== row.postId && p.breakoutAlertedAt !== undefined && now - p.breakoutAlertedAt < DAY_MS,
        ).length),
      );
    if (today >= BREAKOUT_ALERTS_PER_ACCOUNT_PER_DAY) continue;
    alertsToday.set(key, today + 1);
    alerted.push(row.postId);
    await settingsLanguage(); // worded in the Settings language, not the browser's
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

/** Breakout notifications per competitor account in 24 hours; later breakouts that day are marked, not notified. */
export const BREAKOUT_ALERTS_PER_ACCOUNT_PER_DAY = 3;
const DAY_MS = 86_400_000;

/** A breakout notification clicked: open the post. */
export async function openBreakout(db: PantauDB, notificationId: string): Promise<void> {
  const [platform, postId] = notificationId.slice(BREAKOUT_PREFIX.length).split(/:(.*)/s);
  // The platform comes from our own notification id; an unknown one simply finds no row.
  const row = platform && postId ? await getPost(db, platform as PlatformId, postId) : undefined;
  if (row && /^https:\/\//.test(row.url)) await browser.tabs.create({ url: row.url });
}
