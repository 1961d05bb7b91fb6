import type { PostRow, PostSnapshotRow } from '@/lib/db/schema';

/** A stored X post row by `author` at `createdAt` (ms), first and last seen then. */
export const postRow = (id: string, author: string, createdAt: number, extra: Partial<PostRow> = {}): PostRow => ({
  platform: 'x',
  postId: id,
  url: `https://x.com/${author}/status/${id}`,
  authorHandle: author,
  authorKey: author.toLowerCase(),
  createdAt: new Date(createdAt).toISOString(),
  text: `post ${id}`,
  hashtags: [],
  metrics: { likes: 10, replies: 5 },
  firstSeenAt: createdAt,
  lastSeenAt: createdAt,
  ...extra,
});

/** One stored sample of an X post's likes. */
export const snapRow = (id: string, capturedAt: number, likes: number): PostSnapshotRow => ({
  platform: 'x',
  postId: id,
  capturedAt,
  metrics: { likes },
});
