import { browser } from 'wxt/browser';
import type { PantauDB } from '../../db/db';
import { onMessage } from '../../messaging/protocol';
import { BREAKOUT_PREFIX, openBreakout } from '../breakouts';
import { postDraftNow, SNOOZE_MINUTES, snoozeDraft } from '../drafts';
import { MISSED_NOTIFICATION, reconcileAlarms } from '../scheduler';
import { captureHandlers } from './capture';
import { connectionHandlers } from './connections';
import { dataHandlers } from './data';
import { draftHandlers } from './drafts';
import { postingHandlers } from './posting';
import type { BackgroundMessage, HandlerTable } from './table';
import { watchlistHandlers } from './watchlist';

export { FREE_UP_KEEP_DAYS } from './data';
export { privileged } from './privileged';

/** Every domain's handlers. A message type is in one table only (onMessage allows one listener per type). */
export const HANDLER_TABLES: ReadonlyArray<(db: PantauDB) => HandlerTable> = [
  captureHandlers,
  draftHandlers,
  postingHandlers,
  watchlistHandlers,
  connectionHandlers,
  dataHandlers,
];

/** Register every message handler. Synchronous, so the worker has listeners on its first event. */
export function registerHandlers(db: PantauDB): void {
  for (const table of HANDLER_TABLES)
    for (const [type, handler] of Object.entries(table(db)))
      // The table's type ties each handler to its message; Object.entries loses that pairing.
      onMessage(type as BackgroundMessage, handler as never);
}

/**
 * A due draft's notification: "Post now" fills the composers, "Snooze 15 min" schedules it again;
 * a click on the notification itself is "Post now". Breakout notifications open the post.
 */
export function registerNotificationActions(db: PantauDB): void {
  const act = async (notificationId: string, button?: number) => {
    if (notificationId.startsWith(BREAKOUT_PREFIX)) {
      await openBreakout(db, notificationId);
      await browser.notifications.clear(notificationId);
      return;
    }
    if (notificationId === MISSED_NOTIFICATION) {
      // The side panel lists missed drafts at the top, with Post now, Snooze and Reschedule.
      await browser.notifications.clear(notificationId);
      await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
      return;
    }
    if (!notificationId.startsWith('draft:')) return;
    const id = notificationId.slice('draft:'.length);
    if (button === 1) {
      await snoozeDraft(db, id, SNOOZE_MINUTES, Date.now());
      await reconcileAlarms(db, Date.now());
    } else {
      await browser.notifications.clear(notificationId);
      await postDraftNow(db, id, undefined, true);
    }
  };
  browser.notifications.onButtonClicked.addListener((id, button) => void act(id, button));
  browser.notifications.onClicked.addListener((id) => void act(id));
}
