import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { adapterForHost } from '@/lib/platforms/registry';
import type { PlatformId } from '@/lib/platforms/types';

export interface ActiveProfile {
  platform: PlatformId;
  handle: string;
}

/** The profile the active tab shows, if any; follows tab switches and navigations. */
export function useActiveProfile(): ActiveProfile | undefined {
  const [profile, setProfile] = useState<ActiveProfile>();
  useEffect(() => {
    const read = async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      let next: ActiveProfile | undefined;
      try {
        const url = tab?.url ? new URL(tab.url) : undefined;
        const adapter = url ? adapterForHost(url.hostname) : undefined;
        const handle = url && adapter?.profileFromUrl(url);
        if (adapter && handle) next = { platform: adapter.id, handle };
      } catch {
        next = undefined;
      }
      setProfile((prev) => (prev?.platform === next?.platform && prev?.handle === next?.handle ? prev : next));
    };
    void read();
    const onActivated = () => void read();
    const onUpdated = (_id: number, change: { url?: string }) => void (change.url && read());
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return profile;
}
