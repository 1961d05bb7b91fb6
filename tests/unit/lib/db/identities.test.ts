import { beforeEach, describe, expect, it } from 'vitest';
import { setAccountRole } from '@/lib/db/accounts';
import { DB_NAME, type PantauDB, PantauDB as DB, SCHEMA_V3 } from '@/lib/db/db';
import { coverageOf, bumpHealth } from '@/lib/db/health';
import { ingestBatch } from '@/lib/db/ingest';
import { profileSnapshots } from '@/lib/db/posts';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const CHANNEL = 'UCBJycsmduvYEL83R_U4JriQ';
let db: PantauDB;
beforeEach(() => {
  db = freshDb();
});

const yt = (id: string, handle: string, over = {}) =>
  capturedPost(id, {
    platform: 'youtube',
    url: `https://www.youtube.com/watch?v=${id}`,
    authorHandle: handle,
    metrics: { views: 10 },
    ...over,
  });
const ytBatch = (posts: ReturnType<typeof yt>[], at: number, over = {}) =>
  batch(posts, at, { platform: 'youtube', batchId: `b${at}`, ...over });

describe('one identity per account', () => {
  it('a watch-page video stored under the channel id joins the channel (@handle) once a payload links the two', async () => {
    // The player response names only the channel id; the channel header only the @handle.
    await ingestBatch(db, ytBatch([yt('abcdefghij1', CHANNEL)], T0), T0);
    await ingestBatch(
      db,
      ytBatch([], T0 + 1000, { profiles: [{ platform: 'youtube', handle: 'mkbhd', followers: 19_800_000 }] }),
      T0 + 1000,
    );
    await setAccountRole(db, { platform: 'youtube', handle: CHANNEL, role: 'competitor' }, T0);
    expect((await db.posts.toArray()).map((p) => p.authorKey)).toEqual([CHANNEL.toLowerCase()]);

    // A later response joins them (a browseEndpoint with browseId and canonicalBaseUrl).
    await ingestBatch(db, ytBatch([], T0 + 2000, { identities: [{ handle: 'mkbhd', ids: [CHANNEL] }] }), T0 + 2000);
    const posts = await db.posts.toArray();
    expect(posts.map((p) => [p.authorHandle, p.authorKey])).toEqual([['mkbhd', 'mkbhd']]);
    expect((await db.accounts.toArray()).map((a) => [a.handle, a.role])).toEqual([['mkbhd', 'competitor']]);

    // And from now on, a row under the id is stored under the handle.
    await ingestBatch(
      db,
      ytBatch([yt('abcdefghij2', CHANNEL)], T0 + 3000, { profiles: [{ platform: 'youtube', handle: CHANNEL, followers: 19_800_001 }] }),
      T0 + 3000,
    );
    expect(new Set((await db.posts.toArray()).map((p) => p.authorKey))).toEqual(new Set(['mkbhd']));
    expect((await profileSnapshots(db, 'youtube', 'mkbhd')).map((s) => s.followers)).toEqual([19_800_000, 19_800_001]);
    expect(await profileSnapshots(db, 'youtube', CHANNEL.toLowerCase())).toEqual([]);
  });

  it('a renamed account (same id, new handle) carries its history to the new handle', async () => {
    await ingestBatch(
      db,
      batch([capturedPost('1', { authorHandle: 'OldName' })], T0, { identities: [{ handle: 'OldName', ids: ['12345'] }] }),
      T0,
    );
    await ingestBatch(
      db,
      batch([capturedPost('2', { authorHandle: 'NewName' })], T0 + 1, {
        batchId: 'b2',
        identities: [{ handle: 'NewName', ids: ['12345'] }],
      }),
      T0 + 1,
    );
    expect(new Set((await db.posts.toArray()).map((p) => p.authorKey))).toEqual(new Set(['newname']));
    // A late row under the old name also lands under the new one.
    await ingestBatch(db, batch([capturedPost('3', { authorHandle: 'OldName' })], T0 + 2, { batchId: 'b3' }), T0 + 2);
    expect((await db.posts.get(['x', '3']))?.authorKey).toBe('newname');
  });
});

describe('profile samples follow the interval rule', () => {
  it('a sighting without a counter is not a change: the author block (followers) and the header (followers, posts) alternate', async () => {
    for (let i = 0; i < 11; i++) {
      const at = T0 + i * 40_000; // 11 sightings in 7 minutes
      const profile =
        i % 2
          ? { platform: 'x' as const, handle: 'KopiKita', followers: 500 }
          : { platform: 'x' as const, handle: 'KopiKita', followers: 500, posts: 42 };
      await ingestBatch(db, batch([], at, { batchId: `p${i}`, profiles: [profile] }), at);
    }
    expect(await profileSnapshots(db, 'x', 'kopikita')).toHaveLength(1);
  });

  it('an older sighting (an imported HAR) fills history in, once', async () => {
    await ingestBatch(db, batch([], T0, { profiles: [{ platform: 'x', handle: 'KopiKita', followers: 500 }] }), T0);
    const earlier = T0 - 5 * 86_400_000;
    await ingestBatch(db, batch([], earlier, { batchId: 'old', profiles: [{ platform: 'x', handle: 'KopiKita', followers: 400 }] }), T0);
    await ingestBatch(db, batch([], earlier, { batchId: 'old', profiles: [{ platform: 'x', handle: 'KopiKita', followers: 400 }] }), T0);
    expect((await profileSnapshots(db, 'x', 'kopikita')).map((s) => [s.capturedAt, s.followers])).toEqual([
      [earlier, 400],
      [T0, 500],
    ]);
  });

  it('the v4 upgrade thins repeated samples stored before the rule, keeping every change', async () => {
    const factory = new IDBFactory();
    const v3 = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const rows = [500, 500, 500, 501, 501, 500].map((followers, i) => ({
      platform: 'x',
      handle: 'kopikita',
      capturedAt: T0 + i * 40_000,
      followers,
    }));
    await v3
      .table('profileSnapshots')
      .bulkAdd([...rows, { platform: 'x', handle: 'kopikita', capturedAt: T0 + 2 * 3_600_000, followers: 500 }]);
    v3.close();
    const db4 = new DB({ indexedDB: factory, IDBKeyRange });
    await db4.open();
    expect((await db4.profileSnapshots.toArray()).map((s) => s.followers)).toEqual([500, 501, 500, 500]);
  });
});

describe('dates from "13 days ago"', () => {
  it('an approximate date is replaced by the exact one once seen, never the other way', async () => {
    const approx = yt('abcdefghij1', 'mkbhd', { createdAt: '2026-11-07T09:00:00.000Z', createdAtPrecision: 'day' });
    await ingestBatch(db, ytBatch([approx], T0), T0);
    expect(await db.posts.get(['youtube', 'abcdefghij1'])).toMatchObject({ createdAtPrecision: 'day' });
    const exact = yt('abcdefghij1', 'mkbhd', { createdAt: '2026-11-07T14:31:00.000Z' });
    await ingestBatch(db, ytBatch([exact], T0 + 1000), T0 + 1000);
    const row = (await db.posts.get(['youtube', 'abcdefghij1']))!;
    expect([row.createdAt, row.createdAtPrecision]).toEqual(['2026-11-07T14:31:00.000Z', undefined]);
    await ingestBatch(db, ytBatch([approx], T0 + 2000), T0 + 2000);
    expect((await db.posts.get(['youtube', 'abcdefghij1']))!.createdAt).toBe('2026-11-07T14:31:00.000Z');
  });
});

describe('coverage', () => {
  it('kept ÷ seen today and over the 7 days before; falling when it drops', async () => {
    const day = 86_400_000;
    for (let d = 7; d >= 1; d--) await bumpHealth(db, 'youtube', { seen: 20, kept: 20 }, T0 - d * day, 'UTC');
    await bumpHealth(db, 'youtube', { seen: 20, kept: 20 }, T0, 'UTC');
    let row = (await db.health.get('youtube'))!;
    expect(coverageOf(row, T0, 'UTC')).toMatchObject({ today: { ratio: 1 }, before: { seen: 140, kept: 140 }, falling: false });
    // A continuation whose 30 items all lack an author: today falls to 40 %.
    await bumpHealth(db, 'youtube', { seen: 30, kept: 0 }, T0 + 1000, 'UTC');
    row = (await db.health.get('youtube'))!;
    expect(coverageOf(row, T0 + 1000, 'UTC')).toMatchObject({ today: { seen: 50, kept: 20 }, falling: true });
    expect(Object.keys(row.coverage!)).toHaveLength(8);
  });
});
