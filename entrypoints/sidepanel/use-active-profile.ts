import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { adapterForHost } from '@/lib/platforms/registry';
import type { PlatformId } from '@/lib/platforms/types';

export interface ActiveProfile {
  platform: PlatformId;
  /** The profile shown, or the post's author when the URL names it. */
  handle?: string;
  /** Set when the tab shows one post. */
  postId?: string;
}

/** The profile or post the active tab shows, if any; follows tab switches and navigations. */
export function useActiveProfile(): ActiveProfile | undefined {
  const [profile, setProfile] = useState<ActiveProfile>();
  useEffect(() => {
    const read = async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      let next: ActiveProfile | undefined;
      try {
        const url = tab?.url ? new URL(tab.url) : undefined;
        const adapter = url ? adapterForHost(url.hostname) : undefined;
        const post = url && adapter?.postFromUrl(url);
        const handle = url && adapter?.profileFromUrl(url);
        if (adapter && post) next = { platform: adapter.id, postId: post.postId, ...(post.handle ? { handle: post.handle } : {}) };
        else if (adapter && handle) next = { platform: adapter.id, handle };
      } catch {
        next = undefined;
      }
      setProfile((prev) =>
        prev?.platform === next?.platform && prev?.handle === next?.handle && prev?.postId === next?.postId ? prev : next,
      );
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
