import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { adapterForHost } from '@/lib/platforms/registry';
import type { PlatformId } from '@/lib/platforms/types';

export interface ActiveTab {
  tabId: number;
  url?: string;
  /** Set when the tab is on a platform Pantau captures. */
  platform?: PlatformId;
}

/** The active tab of the last focused window, following switches and navigations. */
export function useActiveTab(): ActiveTab | undefined {
  const [tab, setTab] = useState<ActiveTab>();
  useEffect(() => {
    const read = async () => {
      // The side panel is not a tab, so this is the page beside it. Opened as a tab of its own, it
      // would be itself: then the page used last (the one the user came from) is meant.
      const self = await browser.tabs.getCurrent();
      let [t] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (self && t?.id === self.id)
        t = (await browser.tabs.query({}))
          .filter((x) => x.id !== self.id && x.url && !x.url.startsWith(browser.runtime.getURL('/')))
          .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      if (t?.id === undefined) return setTab(undefined);
      let platform: PlatformId | undefined;
      try {
        platform = t.url ? adapterForHost(new URL(t.url).hostname)?.id : undefined;
      } catch {
        platform = undefined;
      }
      setTab((prev) =>
        prev && prev.tabId === t.id && prev.url === t.url && prev.platform === platform
          ? prev
          : { tabId: t.id!, ...(t.url ? { url: t.url } : {}), ...(platform ? { platform } : {}) },
      );
    };
    void read();
    const onActivated = () => void read();
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => void ((change.url || change.status) && read());
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onActivated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onActivated);
    };
  }, []);
  return tab;
}
