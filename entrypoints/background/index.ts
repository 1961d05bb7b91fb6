import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { registerHandlers, registerNotificationActions } from '@/lib/background/handlers';
import { createMenus, registerMenus, updateMenuTitle, watchLanguage } from '@/lib/background/menus';
import { ensurePruneAlarm, handleAlarm, reconcileAlarms } from '@/lib/background/scheduler';
import { purgeIgnored } from '@/lib/background/ignore';
import { purgeTrash } from '@/lib/background/trash';
import { forgetTab } from '@/lib/background/inspector';
import { getDb } from '@/lib/db/db';

// Thin wiring: every listener is registered synchronously, so an event that wakes the worker
// (a message, an alarm, a notification click) finds its listener. Logic lives in lib/background.
export default defineBackground(() => {
  const db = getDb();
  // Settings, the composer's working text and hashtag sets live in storage.local: only the
  // extension's own pages and this worker may read or write it, never a content script (whose
  // renderer a hostile page shares). Content scripts ask for the one switch they need by message.
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  registerHandlers(db);
  registerNotificationActions(db);
  registerMenus(db);
  watchLanguage(db);
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(db, alarm.name, Date.now()));
  browser.runtime.onInstalled.addListener(() => {
    createMenus();
    void reconcileAlarms(db, Date.now());
  });
  browser.runtime.onStartup.addListener(() => void reconcileAlarms(db, Date.now()));
  // A closed tab's "This page" state goes with it (storage.session; no tabs permission needed).
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Every worker start, too: Chrome may have cleared alarms, or the worker was killed mid-change.
  // Reconciling also recomputes the action badge from the drafts table.
  void reconcileAlarms(db, Date.now());
  void ensurePruneAlarm();
  void purgeTrash(db, Date.now());
  void purgeIgnored(db, Date.now());
  void updateMenuTitle();
});
