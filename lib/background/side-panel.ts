import { browser } from 'wxt/browser';
import { IS_FIREFOX } from './target';

/** Firefox's sidebar API, which the Chrome-typed `browser` does not declare. */
type SidebarAction = { open(): Promise<void> };

/**
 * Open Pantau's panel in this window: Chrome's side panel, or Firefox's sidebar (WXT builds the
 * side panel entrypoint as sidebar_action there). Both must be called within the user's gesture
 * (a click, the menu, the command), before any await: the call is made synchronously, and the
 * promise it returns (settled when the panel is open, never rejected) may be awaited after.
 */
export function openSidePanel(windowId: number | undefined, firefox = IS_FIREFOX): Promise<void> {
  if (firefox) {
    const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
    return sidebar ? sidebar.open().catch(() => undefined) : Promise.resolve();
  }
  if (windowId === undefined) return Promise.resolve();
  return browser.sidePanel.open({ windowId }).catch(() => undefined);
}
