import { describe, expect, it } from 'vitest';
import type { PostRow, PostSnapshotRow } from '@/lib/db/schema';
import { paceOfPost } from '@/lib/insights/pace';

const H = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 12);
const post = (id: string, createdAt: number): PostRow => ({
  platform: 'x',
  postId: id,
  url: `https://x.com/a/status/${id}`,
  authorHandle: 'a',
  authorKey: 'a',
  createdAt: new Date(createdAt).toISOString(),
  text: '',
  hashtags: [],
  metrics: {},
  firstSeenAt: createdAt,
  lastSeenAt: createdAt,
});
const snap = (id: string, at: number, likes: number): PostSnapshotRow => ({
  platform: 'x',
  postId: id,
  capturedAt: at,
  metrics: { likes },
});

describe('paceOfPost', () => {
  const olds = [1, 2, 3].map((i) => NOW - i * 24 * H);
  const rows = {
    posts: [post('new', NOW - 3 * H), ...olds.map((t, i) => post(`old${i}`, t))],
    snapshots: [
      snap('new', NOW - 2 * H, 10),
      snap('new', NOW, 60),
      ...olds.flatMap((t, i) => [snap(`old${i}`, t, 0), snap(`old${i}`, t + 6 * H, 60)]),
    ],
  };
  it('compares a young post with the usual curve at its age (others: 30 at 3 h; this one: 60)', () => {
    expect(paceOfPost('new', rows, NOW)).toEqual({ ageHours: 3, ratio: 2, ahead: true });
  });
  it('says nothing for posts older than two days', () => expect(paceOfPost('old2', rows, NOW)).toBeUndefined());
});
