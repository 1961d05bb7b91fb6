import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { PantauDB } from '../db/db';
import { openDraftItem } from '../settings';
import { draftFromPage } from './drafts';

export const MENU_ID = 'pantau-draft';
export const NEW_DRAFT = 'new';

/** The context-menu item, (re)created on install and update. */
export function createMenus(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: MENU_ID, title: i18n.t('menuDraftFromPage'), contexts: ['page', 'selection', 'link'] });
  });
}

/**
 * Open the side panel in this window at once (it must be opened within the user's gesture,
 * before any await), then create the draft and point the panel's composer at it.
 */
function openPanel(windowId: number | undefined): void {
  if (windowId !== undefined) browser.sidePanel.open({ windowId }).catch(() => undefined);
}

export function registerMenus(db: PantauDB): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    openPanel(tab?.windowId);
    void draftFromPage(
      db,
      {
        pageUrl: info.linkUrl ?? info.pageUrl ?? tab?.url ?? '',
        ...(tab?.title ? { title: tab.title } : {}),
        ...(info.selectionText ? { selectionText: info.selectionText } : {}),
      },
      Date.now(),
      () => crypto.randomUUID(),
    ).then((d) => openDraftItem.setValue(d.id));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-composer') return;
    openPanel(tab?.windowId);
    void openDraftItem.setValue(NEW_DRAFT);
  });
}
