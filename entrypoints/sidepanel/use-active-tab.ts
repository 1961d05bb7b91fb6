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
      const [t] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
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
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tab;
}
