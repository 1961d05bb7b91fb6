import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../helpers/db';
import { countPosts, countPostsSeenSince, getPost, originalsOf, recentAuthors } from '@/lib/db/queries';
import { allAccounts, countAccounts, countWatched, watchedAccounts, watchedHandles } from '@/lib/db/queries/accounts';
import { draftsByStatus, getDraft } from '@/lib/db/queries/drafts';
import { healthRows, seenPlatforms } from '@/lib/db/queries/health';
import { draftMedia } from '@/lib/db/queries/media';
import { emptyHealth } from '@/lib/db/health';
import type { AccountRow, DraftRow, DraftStatus, PostRow } from '@/lib/db/schema';
import type { PlatformId } from '@/lib/platforms/types';

const T = Date.UTC(2026, 10, 23, 12);
const post = (platform: PlatformId, id: string, author: string, seenAt: number, extra: Partial<PostRow> = {}): PostRow => ({
  platform,
  postId: id,
  url: `https://example.com/${id}`,
  authorHandle: author,
  authorKey: author.toLowerCase(),
  createdAt: new Date(seenAt).toISOString(),
  text: id,
  hashtags: [],
  metrics: {},
  firstSeenAt: seenAt,
  lastSeenAt: seenAt,
  ...extra,
});
const account = (platform: PlatformId, handle: string, role: AccountRow['role']): AccountRow => ({
  platform,
  handle,
  displayHandle: handle,
  role,
  addedAt: T,
});
const draft = (id: string, status: DraftStatus): DraftRow => ({ id, text: id, platforms: ['x'], status, createdAt: T, updatedAt: T });

describe('post queries', () => {
  it('lists the authors seen lately, most recently seen first, once each, on one platform or all', async () => {
    const db = freshDb();
    await db.posts.bulkPut([
      post('x', '1', 'Ana', T - 3000),
      post('x', '2', 'Budi', T - 2000),
      post('bluesky', '3', 'cita.bsky.social', T - 1500),
      post('x', '4', 'Ana', T - 1000),
    ]);
    expect(await recentAuthors(db, 'x')).toEqual([
      ['ana', 'Ana'],
      ['budi', 'Budi'],
    ]);
    expect((await recentAuthors(db, undefined)).map(([k]) => k)).toEqual(['ana', 'cita.bsky.social', 'budi']);
  });

  it('finds the stored originals of reposts, keyed platform:postId', async () => {
    const db = freshDb();
    const original = post('x', 'orig', 'Ana', T);
    await db.posts.put(original);
    const reposts = [
      post('x', 'r1', 'Budi', T, { repostOf: 'orig' }),
      post('x', 'r2', 'Budi', T, { repostOf: 'gone' }),
      post('x', 'p', 'Budi', T),
    ];
    const map = await originalsOf(db, reposts);
    expect([...map.keys()]).toEqual(['x:orig']);
    expect(map.get('x:orig')?.text).toBe('orig');
    expect(await getPost(db, 'x', 'orig')).toEqual(original);
    expect(await getPost(db, 'bluesky', 'orig')).toBeUndefined();
  });

  it('counts posts seen since an instant, and all of them', async () => {
    const db = freshDb();
    await db.posts.bulkPut([post('x', '1', 'a', T - 10), post('x', '2', 'a', T), post('x', '3', 'a', T + 10)]);
    expect(await countPostsSeenSince(db, T)).toBe(2);
    expect(await countPosts(db)).toBe(3);
  });
});

describe('account queries', () => {
  it('tells watched accounts (competitors and own) from ignored ones, per platform', async () => {
    const db = freshDb();
    await db.accounts.bulkPut([
      account('x', 'kopi_a', 'competitor'),
      account('x', 'mine', 'own'),
      account('x', 'spam', 'ignored'),
      account('bluesky', 'kopi_b', 'competitor'),
    ]);
    expect((await allAccounts(db)).length).toBe(4);
    expect(await countAccounts(db)).toBe(4);
    expect(await countWatched(db)).toBe(3);
    expect((await watchedAccounts(db)).map((a) => a.handle).sort()).toEqual(['kopi_a', 'kopi_b', 'mine']);
    expect((await watchedHandles(db, 'x')).sort()).toEqual(['kopi_a', 'mine']);
    expect(await watchedHandles(db, 'threads')).toEqual([]);
  });
});

describe('draft, media and health queries', () => {
  it('reads drafts by status and by id', async () => {
    const db = freshDb();
    await db.drafts.bulkPut([draft('a', 'due'), draft('b', 'missed'), draft('c', 'scheduled'), draft('d', 'posted')]);
    expect((await draftsByStatus(db, ['due', 'missed'])).map((d) => d.id).sort()).toEqual(['a', 'b']);
    expect(await draftsByStatus(db, ['failed'])).toEqual([]);
    expect((await getDraft(db, 'c'))?.status).toBe('scheduled');
    expect(await getDraft(db, 'zz')).toBeUndefined();
  });

  it("lists a draft's images in the order they were attached", async () => {
    const db = freshDb();
    const media = (id: string, draftId: string, addedAt: number) => ({
      id,
      draftId,
      name: `${id}.png`,
      type: 'image/png' as const,
      size: 1,
      blob: new Blob(['x']),
      addedAt,
    });
    await db.media.bulkPut([media('m2', 'd1', T + 2), media('m1', 'd1', T + 1), media('o', 'd2', T)]);
    expect((await draftMedia(db, 'd1')).map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('lists the platforms that have run, in registry order', async () => {
    const db = freshDb();
    await db.health.bulkPut([emptyHealth('bluesky'), emptyHealth('x')]);
    expect(await seenPlatforms(db)).toEqual(['x', 'bluesky']);
    expect((await healthRows(db)).length).toBe(2);
  });
});
