import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { postDetail } from '@/lib/insights/post-detail';
import type { PlatformId } from '@/lib/platforms/types';
import { useSettings } from './use-settings';

const db = getDb();

/** The post detail page's data, live (a new sighting redraws it); null when the post is gone, undefined while loading. */
export function usePostDetail(ref: { platform: PlatformId; postId: string }) {
  const counters = useSettings()?.engagementCounters;
  return useLiveQuery(
    async () => (counters ? ((await postDetail(db, ref, counters)) ?? null) : undefined),
    [ref.platform, ref.postId, counters],
  );
}
