import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { PantauDB } from '@/lib/db/db';
import type { CapturedPost } from '@/lib/platforms/types';
import type { CaptureBatch } from '@/lib/messaging/schemas';

/** A fresh, isolated database on fake-indexeddb. */
export const freshDb = () => new PantauDB({ indexedDB: new IDBFactory(), IDBKeyRange });

export function capturedPost(id: string, over: Partial<CapturedPost> = {}): CapturedPost {
  return {
    platform: 'x',
    postId: id,
    url: `https://x.com/KopiKita/status/${id}`,
    authorHandle: 'KopiKita',
    createdAt: '2026-11-01T08:00:00.000Z',
    text: `post ${id}`,
    hashtags: [],
    metrics: { likes: 10, replies: 1, reposts: 2, quotes: 0, views: 100 },
    ...over,
  };
}

export function batch(posts: CapturedPost[], capturedAt: number, over: Partial<CaptureBatch> = {}): CaptureBatch {
  return { batchId: `b-${capturedAt}`, platform: 'x', capturedAt, posts, profiles: [], health: {}, ...over };
}
