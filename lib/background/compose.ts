import { browser } from 'wxt/browser';
import type { ComposeOutcome } from '../messaging/protocol';
import { sendMessage } from '../messaging/protocol';
import { xIntentUrl } from '../platforms/x/compose';

const X_TAB_URLS = ['https://x.com/*', 'https://twitter.com/*'];

/**
 * Put text into X's own composer, in the user's own session: the active X tab first, then the
 * most recently used X tab; if none can be filled, X's intent page (which pre-fills it).
 * The user presses Post. We never do.
 */
export async function composeOnX(text: string): Promise<ComposeOutcome> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const xTabs = await browser.tabs.query({ url: X_TAB_URLS });
  const ordered = [...xTabs].sort(
    (a, b) => (b.id === active?.id ? 1 : 0) - (a.id === active?.id ? 1 : 0) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
  );
  const target = ordered[0];
  if (target?.id !== undefined) {
    try {
      await browser.tabs.update(target.id, { active: true });
      if (target.windowId !== undefined) await browser.windows.update(target.windowId, { focused: true }).catch(() => undefined);
      const res = await sendMessage('fillComposer', { text }, target.id);
      if (res?.ok) return { ok: true, method: 'inPage', tabId: target.id };
    } catch {
      // No content script answered (tab still loading, or an old tab from before install).
    }
  }
  const tab = await browser.tabs.create({ url: xIntentUrl(text) });
  return { ok: true, method: 'intent', ...(tab.id !== undefined ? { tabId: tab.id } : {}) };
}
