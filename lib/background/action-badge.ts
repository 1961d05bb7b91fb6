import { browser } from 'wxt/browser';
import type { PantauDB } from '../db/db';
import { draftsByStatus } from '../db/queries/drafts';
import { loadUiLanguage, t } from '../i18n/t';
import { tp } from '../i18n/plural';

/** Words in the Settings language from here on (the browser's, when the catalog cannot be read). */
export const settingsLanguage = () => loadUiLanguage().catch(() => undefined);

/** The statuses the action icon's badge counts: drafts waiting for the user. */
export const BADGE_STATUSES = ['due', 'missed'] as const;

/**
 * The action icon's badge: how many drafts are due or missed. Derived from the drafts table by the
 * background (the single writer) at every worker start and after every draft change, so a worker
 * that died in between leaves nothing stale for long.
 */
export async function refreshActionBadge(db: PantauDB): Promise<number> {
  const count = (await draftsByStatus(db, BADGE_STATUSES)).length;
  try {
    await browser.action.setBadgeText({ text: count ? String(Math.min(count, 99)) : '' });
    await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    await settingsLanguage();
    await browser.action.setTitle({ title: count ? tp('badgeTitle', count) : t('extName') });
  } catch {
    // a browser without an action badge (or a catalog) still has the lists
  }
  return count;
}
