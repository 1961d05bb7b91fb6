import { useContextInsights } from '@/components/data/use-insights';
import { ContextCard } from '@/components/insights/context-card';
import { WatchCard } from '@/components/posts/watch-card';
import type { AccountRow } from '@/lib/db/schema';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { setRole } from './set-role';
import type { ActiveProfile } from './use-active-profile';

/** What the panel says about the active tab: "watch this account?", or the watched account's context. */
export function ActiveContext({
  active,
  activeWatched,
  accounts,
  now,
}: {
  active: ActiveProfile | undefined;
  activeWatched: AccountRow | undefined;
  accounts: readonly AccountRow[];
  now: number;
}) {
  const context = useContextInsights(activeWatched, active?.postId, now);
  const activeRole = active?.handle
    ? accounts.find((a) => a.platform === active.platform && a.handle === active.handle!.toLowerCase())?.role
    : undefined;
  return (
    <>
      {active?.handle && !active.postId && !activeWatched && (
        <WatchCard
          handle={active.handle}
          platformName={PLATFORM_NAMES[active.platform]}
          role={activeRole}
          onWatch={(role) => setRole(active.platform, active.handle!, role)}
        />
      )}
      {activeWatched && context && (
        <ContextCard
          handle={activeWatched.displayHandle}
          postsPerWeek={context.insights.cadence.postsPerWeek}
          posts={context.insights.posts.length}
          {...(context.stored ? { stored: context.stored } : {})}
          best={context.insights.best}
          {...(context.insights.medianEr !== undefined ? { medianEr: context.insights.medianEr } : {})}
          {...(context.current ? { current: context.current } : {})}
          {...(context.pace ? { pace: context.pace } : {})}
        />
      )}
    </>
  );
}
