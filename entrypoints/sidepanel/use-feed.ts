import { useCallback, useMemo, useState } from 'react';
import { useEngagementPoints } from '@/components/data/use-posts';
import { useListRows } from '@/components/data/use-posts-list';
import type { AccountRow } from '@/lib/db/schema';
import type { PostFilter, PostSort } from '@/lib/posts/list';
import type { PlatformId } from '@/lib/platforms/types';

/** The date filter as chosen: a preset (today, 7, 30 or 90 days) or custom days; the range is worked out when picked. */
export type DatePick =
  | { preset: 'any' }
  | { preset: 'today' | '7' | '30' | '90'; from: number }
  /** Local days, yyyy-mm-dd, both included; either may be empty. */
  | { preset: 'custom'; fromDay: string; toDay: string };

export interface FeedView {
  filter: Omit<PostFilter, 'search'>;
  sort: PostSort;
  date: DatePick;
}

/** The start of a local day given as yyyy-mm-dd, or undefined. */
export function dayStart(day: string, plusDays = 0): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays).getTime() : undefined;
}

const rangeOf = (d: DatePick): { from?: number; to?: number } => {
  if (d.preset === 'any') return {};
  if (d.preset !== 'custom') return { from: d.from };
  const from = dayStart(d.fromDay);
  const to = dayStart(d.toDay, 1);
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
};

/**
 * The posts tab's filters and the rows they read. Read by the shell, not the tab: the panel waits
 * for the posts before its first paint. It opens on the active tab's account when that is watched.
 */
export function useFeed(_watched: readonly AccountRow[], activeWatched: AccountRow | undefined) {
  const [picked, setPicked] = useState<FeedView>();
  const activePlatform = activeWatched?.platform;
  const activeHandle = activeWatched?.handle;
  const view = useMemo<FeedView>(
    () =>
      picked ?? {
        filter: { scope: 'all', ...(activePlatform && activeHandle ? { platform: activePlatform, author: activeHandle } : {}) },
        sort: 'newest',
        date: { preset: 'any' },
      },
    [picked, activePlatform, activeHandle],
  );
  const { platform, author } = view.filter;
  const range = useMemo(() => rangeOf(view.date), [view.date]);
  const posts = useListRows({ platform, author, ...range });
  const points = useEngagementPoints(platform, author) ?? [];
  const change = useCallback((next: Partial<FeedView>) => setPicked((prev) => ({ ...(prev ?? view), ...next })), [view]);
  const pick = useCallback(
    (p: { platform?: PlatformId; author?: string }) => change({ filter: { ...view.filter, platform: p.platform, author: p.author } }),
    [change, view.filter],
  );
  return { view, change, platform, author, pick, posts, points, range };
}

export type Feed = ReturnType<typeof useFeed>;
