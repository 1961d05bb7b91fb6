import { browser } from 'wxt/browser';
import type { PantauDB } from '../db/db';
import { t } from '../i18n/t';
import { openDraftItem, settingsItem } from '../settings';
import { refreshActionBadge, settingsLanguage } from './action-badge';
import { draftFromPage } from './drafts';
import { openSidePanel } from './side-panel';

export const MENU_ID = 'pantau-draft';
export const NEW_DRAFT = 'new';

/** The context-menu item, (re)created on install and update, titled in the Settings language. */
export function createMenus(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menuDraftFromPage'), contexts: ['page', 'selection', 'link'] });
    void updateMenuTitle();
  });
}

/** The menu item's title in the Settings language (not the browser's): at every worker start and when the setting changes. */
export async function updateMenuTitle(): Promise<void> {
  await settingsLanguage();
  await browser.contextMenus.update(MENU_ID, { title: t('menuDraftFromPage') }).catch(() => undefined); // not created yet: onInstalled will
}

/** Keep the menu title and the action's tooltip in step with the language setting. */
export function watchLanguage(db: PantauDB): void {
  settingsItem.watch((next, prev) => {
    if (next?.language === prev?.language) return;
    void updateMenuTitle();
    void refreshActionBadge(db);
  });
}

export function registerMenus(db: PantauDB): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    // The panel opens at once, within the user's gesture; then the draft is made and shown in it.
    void openSidePanel(tab?.windowId);
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
    void openSidePanel(tab?.windowId);
    void openDraftItem.setValue(NEW_DRAFT);
  });
}
