import { browser } from 'wxt/browser';
import { IS_FIREFOX } from './target';

/** A notification's words and, where the browser has them, its buttons. */
export interface NotificationText {
  title: string;
  message: string;
  /** Chrome shows these; Firefox has no notification buttons (a click on the body is the first action). */
  buttons?: string[];
}

/**
 * The options for notifications.create in this browser. Firefox's schema marks `buttons`
 * unsupported and has no `requireInteraction`: an unknown property makes create() reject, so a
 * Firefox build leaves both out and the notification still shows.
 */
export function notificationOptions(text: NotificationText, firefox = IS_FIREFOX) {
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
  };
  if (firefox || !text.buttons?.length) return base;
  return { ...base, buttons: text.buttons.map((title) => ({ title })), requireInteraction: true };
}

/** Create (or replace) a notification; notifications can be off, and the lists and badge still say it. */
export async function notify(id: string, text: NotificationText): Promise<void> {
  await browser.notifications.create(id, notificationOptions(text)).catch(() => undefined);
}
