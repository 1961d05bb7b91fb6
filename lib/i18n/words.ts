import type { AccountRole } from '../db/schema';
import type { MetricKey } from '../platforms/types';
import { tp } from './plural';
import { t } from './t';

/**
 * Words the whole UI shares, each written once: a counter's name and its word after a count, an
 * account's role, and what a backup's table holds. Components word these through here, never
 * their own copy, so one label never appears cased or spelled two ways.
 */

/** A counter's name as a heading or a checkbox label ("likes"). */
export function metricLabel(k: MetricKey): string {
  const labels: Record<MetricKey, () => string> = {
    likes: () => t('metricLikes'),
    replies: () => t('metricReplies'),
    reposts: () => t('metricReposts'),
    quotes: () => t('metricQuotes'),
    views: () => t('metricViews'),
    bookmarks: () => t('metricBookmarks'),
    shares: () => t('metricShares'),
  };
  return labels[k]();
}

const UNIT: Record<MetricKey, string> = {
  likes: 'unitLikes',
  replies: 'unitReplies',
  reposts: 'unitReposts',
  quotes: 'unitQuotes',
  views: 'unitViews',
  bookmarks: 'unitBookmarks',
  shares: 'unitShares',
};
/** A counter's word after a count, in the count's plural form ("1 reply", "2.9M replies"). */
export const metricUnit = (k: MetricKey, n: number): string => tp(UNIT[k], n);

/** An account's role as a label: Competitor, Own, Ignored (Kompetitor, Milik sendiri, Diabaikan). */
export function roleLabel(role: AccountRole): string {
  return role === 'competitor' ? t('panelRoleCompetitor') : role === 'own' ? t('panelRoleOwn') : t('panelRoleIgnored');
}

const ROWS: Record<string, string> = {
  posts: 'rowsPosts',
  postSnapshots: 'rowsPostSnapshots',
  profileSnapshots: 'rowsProfileSnapshots',
  accounts: 'rowsAccounts',
  drafts: 'rowsDrafts',
  health: 'rowsHealth',
  media: 'rowsMedia',
  aliases: 'rowsAliases',
};
/** How many rows of a table, in words ("473 samples of post numbers"), never the table's name. */
export function rowsPhrase(table: string, n: number, locale: string): string {
  return tp(ROWS[table] ?? 'rowsOther', n, new Intl.NumberFormat(locale).format(n));
}
