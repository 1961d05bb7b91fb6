import { usePost } from '@/components/data/use-posts';
import type { AccountRow } from '@/lib/db/schema';
import type { ActiveProfile } from './use-active-profile';

/** The watched account the active tab shows (its profile, or the author of its post), if any. */
export function useActiveAccount(active: ActiveProfile | undefined, watched: readonly AccountRow[]): AccountRow | undefined {
  // A post page names its author in the URL, or the stored post does.
  const activePost = usePost(active?.platform, active?.postId);
  const activeHandle = active?.handle ?? activePost?.authorHandle;
  return active && activeHandle
    ? watched.find((a) => a.platform === active.platform && a.handle === activeHandle.toLowerCase())
    : undefined;
}
