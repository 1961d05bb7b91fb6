import { browser } from 'wxt/browser';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** True only for our own extension pages (popup, side panel, options), never a content script. */
export function isExtensionPage(sender: SenderLike): boolean {
  const origin = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/**
 * The hostname of the page a content script runs in, if any: the sending frame's own URL, which
 * the browser sets, before its tab's (which may already show another site when a batch sent just
 * before navigating arrives).
 */
export function senderHost(sender: SenderLike): string | undefined {
  const url = sender.url ?? sender.tab?.url;
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}
