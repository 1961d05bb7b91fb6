import { describe, expect, it } from 'vitest';
import { postKey } from '@/lib/db/keys';
import { listRows, storedAuthors, usualInputsOf, countAuthorPosts, accountsOverview } from '@/lib/db/queries/posts-list';
import type { PostRow, ProfileSnapshotRow } from '@/lib/db/schema';
import { usualOfStored } from '@/lib/insights/usual-rows';
import { erValues, usualValues } from '@/lib/posts/rank';
import { freshDb } from '../../../helpers/db';
import { postRow, snapRow } from '../../../helpers/rows';

const H = 3_600_000;
const DAY = 24 * H;
const T = Date.UTC(2026, 9, 1, 9);
const followers = (handle: string, n: number, at = T - DAY): ProfileSnapshotRow => ({
  platform: 'x',
  handle,
  capturedAt: at,
  followers: n,
});

// Six posts of @kopi a day apart, each seen first and last two days after it was made, with a
// 24 h rollup of 10, 20, 30, 40, 50 and 100 likes; 1,000 followers throughout.
const likes = [10, 20, 30, 40, 50, 100];
const kopi: PostRow[] = likes.map((n, i) =>
  postRow(`k${i}`, 'Kopi', T + i * DAY, {
    metrics: { likes: n + 5 },
    metrics24h: { likes: n },
    firstSeenAt: T + i * DAY + 2 * DAY,
    lastSeenAt: T + i * DAY + 2 * DAY,
  }),
);

/** The ratio usualOfStored gives one post (it reads one post, or a batch into a map, as the lead's reader evolves). */
async function storedRatio(db: ReturnType<typeof freshDb>, p: PostRow): Promise<number | undefined> {
  const read = usualOfStored as unknown as (db: unknown, posts: unknown) => Promise<unknown>;
  const r = await read(db, [p]).catch(() => undefined);
  if (r instanceof Map) return (r.get(postKey(p)) as { usual?: { ratio: number } } | undefined)?.usual?.ratio;
  return ((await read(db, p)) as { ratio: number } | undefined)?.ratio;
}

describe('ER and × its usual for the list, by the one definition', () => {
  it('ER by followers at post time, at 24 h for a post seen after its first day, at its age for a young one', () => {
    const young = postRow('y1', 'Teh', T, { metrics: { likes: 7, replies: 3 }, lastSeenAt: T + 2 * H });
    const er = erValues([...kopi, young], [followers('kopi', 1_000), followers('teh', 500)]);
    // k0: 10 likes at 24 h ÷ 1,000 followers. y1: (7 + 3) at 2 h ÷ 500.
    expect(er.get(postKey(kopi[0]!))).toBeCloseTo(0.01, 12);
    expect(er.get(postKey(kopi[5]!))).toBeCloseTo(0.1, 12);
    expect(er.get(postKey(young))).toBeCloseTo(0.02, 12);
    // No follower count: no ER.
    expect(erValues(kopi, []).size).toBe(0);
  });

  it('× its usual: the post’s ER over the median of its peers’ (5 needed)', () => {
    const u = usualValues(kopi, [], [followers('kopi', 1_000)]);
    // k5 (0.10) against 0.01…0.05: median 0.03 → 3.33×. k0 (0.01) against 0.02, 0.03, 0.04, 0.05, 0.10 → 0.25×.
    expect(u.get(postKey(kopi[5]!))).toBeCloseTo(0.1 / 0.03, 10);
    expect(u.get(postKey(kopi[0]!))).toBeCloseTo(0.01 / 0.04, 10);
    // With five posts each has four peers: no figure.
    expect(usualValues(kopi.slice(0, 5), [], [followers('kopi', 1_000)]).size).toBe(0);
  });

  it('agrees with the figure the badge and the post detail read (usualOfStored), young posts and snapshots too', async () => {
    const db = freshDb();
    // A seventh post, 3 h old when last seen, and the early snapshots of every peer.
    const young = postRow('k6', 'Kopi', T + 6 * DAY, {
      metrics: { likes: 60 },
      firstSeenAt: T + 6 * DAY + H,
      lastSeenAt: T + 6 * DAY + 3 * H,
    });
    const peers = kopi.map((p) => ({ ...p, firstSeenAt: Date.parse(p.createdAt) + H }));
    const snaps = peers.flatMap((p, i) => [
      snapRow(p.postId, Date.parse(p.createdAt) + H, likes[i]! / 4),
      snapRow(p.postId, Date.parse(p.createdAt) + 5 * H, likes[i]! / 2),
    ]);
    await db.posts.bulkPut([...peers, young]);
    await db.postSnapshots.bulkPut(snaps);
    await db.profileSnapshots.put(followers('kopi', 1_000));
    const inputs = await usualInputsOf(db, 'x', 'kopi');
    expect(inputs.posts).toHaveLength(7);
    const mine = usualValues(inputs.posts, inputs.snapshots, inputs.profiles);
    for (const p of [...peers, young]) expect(mine.get(postKey(p)), p.postId).toBe(await storedRatio(db, p));
    expect(mine.get(postKey(young))).toBeDefined();
  });
});

describe('the list’s database reads', () => {
  it('reads by author, by date range, by platform, or everything; counts an author’s posts', async () => {
    const db = freshDb();
    const bsky = { ...postRow('b1', 'kopi.bsky.social', T + DAY), platform: 'bluesky' as const };
    await db.posts.bulkPut([...kopi, postRow('t1', 'Teh', T + 2 * DAY), bsky]);
    const ids = (rows: PostRow[]) => rows.map((p) => p.postId).sort();
    expect(ids(await listRows(db, { platform: 'x', author: 'teh' }))).toEqual(['t1']);
    expect(ids(await listRows(db, { from: T + DAY, to: T + 3 * DAY }))).toEqual(['b1', 'k1', 'k2', 't1']);
    expect(ids(await listRows(db, { platform: 'x', from: T + DAY, to: T + 3 * DAY }))).toEqual(['k1', 'k2', 't1']);
    expect(ids(await listRows(db, { platform: 'bluesky' }))).toEqual(['b1']);
    expect(await listRows(db, {})).toHaveLength(8);
    expect(await countAuthorPosts(db, 'x', 'KOPI')).toBe(6);
  });

  it('lists every stored author once with the handle as written and how many posts are stored', async () => {
    const db = freshDb();
    await db.posts.bulkPut([...kopi, postRow('t1', 'Teh', T), { ...postRow('b1', 'Teh', T), platform: 'bluesky' }]);
    const authors = (await storedAuthors(db)).sort(
      (a, b) => a.platform.localeCompare(b.platform) || a.authorKey.localeCompare(b.authorKey),
    );
    expect(authors).toEqual([
      { platform: 'bluesky', authorKey: 'teh', handle: 'Teh', posts: 1 },
      { platform: 'x', authorKey: 'kopi', handle: 'Kopi', posts: 6 },
      { platform: 'x', authorKey: 'teh', handle: 'Teh', posts: 1 },
    ]);
  });

  it('gives each account its posts stored, follower trend and last sighting', async () => {
    const db = freshDb();
    const now = T + 40 * DAY;
    await db.posts.bulkPut(kopi);
    await db.profileSnapshots.bulkPut([followers('kopi', 1_000, now - 30 * DAY), followers('kopi', 1_250, now - DAY)]);
    const [row] = await accountsOverview(
      db,
      [{ platform: 'x', handle: 'kopi', displayHandle: 'Kopi', role: 'competitor', addedAt: 0 }],
      now,
    );
    // The last post (k5, made T + 5 d) was last seen at T + 7 d; the last follower sample is later.
    expect(row).toMatchObject({ posts: 6, lastSeen: now - DAY, trend: { latest: 1_250, change: 250, changePct: 0.25 } });
  });
});
