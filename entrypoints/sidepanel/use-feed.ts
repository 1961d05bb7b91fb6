import { useState } from 'react';
import { useEngagementPoints, useOriginals, useRecentAuthors, useRecentPosts } from '@/components/data/use-posts';
import type { AccountRow } from '@/lib/db/schema';
import type { PlatformId } from '@/lib/platforms/types';

const FEED_SIZE = 60;

/**
 * The posts tab's picks and data. Read by the shell, not the tab: the panel waits for the posts
 * before its first paint, and the tab opens again with its chart already there.
 */
export function useFeed(watched: readonly AccountRow[], activeWatched: AccountRow | undefined) {
  const [picked, setPicked] = useState<{ platform?: PlatformId; author?: string }>();
  // The panel opens on the account of the active tab when it is watched, else the first watched one.
  const platform = picked ? picked.platform : (activeWatched?.platform ?? watched[0]?.platform);
  const author = picked ? picked.author : (activeWatched?.handle ?? watched[0]?.handle);
  const posts = useRecentPosts(platform, author, FEED_SIZE);
  const authors = useRecentAuthors(platform) ?? [];
  const points = useEngagementPoints(platform, author) ?? [];
  const originals = useOriginals(posts);
  return { platform, author, pick: setPicked, posts, authors, points, originals };
}

export type Feed = ReturnType<typeof useFeed>;
