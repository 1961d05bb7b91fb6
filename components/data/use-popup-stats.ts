import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { countPosts, countPostsSeenSince } from '@/lib/db/queries';
import { countWatched } from '@/lib/db/queries/accounts';
import { startOfDay } from '@/lib/format';

const db = getDb();

/**
 * The popup's numbers. Today's posts and the watchlist are small indexed reads and paint at once;
 * the total walks the whole store (~100 ms per 100k posts in Chromium), so it is asked for only
 * after them (IndexedDB would otherwise queue the small reads behind it).
 */
export function usePopupStats() {
  const stats = useLiveQuery(async () => {
    const [today, watched] = await Promise.all([countPostsSeenSince(db, startOfDay(Date.now())), countWatched(db)]);
    return { today, watched };
  });
  const ready = stats !== undefined;
  const stored = useLiveQuery<number | undefined>(() => (ready ? countPosts(db) : undefined), [ready]);
  return { stats, stored };
}
