import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { engagementPoints, getPost, originalsOf, recentAuthors, recentPosts } from '@/lib/db/queries';
import type { PostRow } from '@/lib/db/schema';
import type { PlatformId } from '@/lib/platforms/types';

const db = getDb();

/** One stored post, live; undefined while loading, when not stored, or without a key. */
export const usePost = (platform: PlatformId | undefined, postId: string | undefined) =>
  useLiveQuery(async () => (platform && postId ? getPost(db, platform, postId) : undefined), [platform, postId]);

/** Newest posts first, of a platform and an author there when given, live; undefined while loading. */
export const useRecentPosts = (platform: PlatformId | undefined, author: string | undefined, limit: number) =>
  useLiveQuery(() => recentPosts(db, platform, platform ? author : undefined, limit), [platform, author, limit]);

/** The authors seen lately ([authorKey, handle]), optionally on one platform, live. */
export const useRecentAuthors = (platform: PlatformId | undefined) => useLiveQuery(() => recentAuthors(db, platform), [platform]);

/** An author's engagement per post over time, live; empty without an author. */
export const useEngagementPoints = (platform: PlatformId | undefined, author: string | undefined) =>
  useLiveQuery(() => (platform && author ? engagementPoints(db, platform, author) : Promise.resolve([])), [platform, author]);

/** The stored originals of the reposts among `posts` (keyed `platform:postId`), live. */
export const useOriginals = (posts: readonly PostRow[] | undefined) => useLiveQuery(() => originalsOf(db, posts ?? []), [posts]);
