import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PantauDB, SCHEMA_V1 } from '@/lib/db/db';
import { ingestBatch } from '@/lib/db/ingest';
import { metricsAt24h } from '@/lib/db/posts';
import { postRowSchema } from '@/lib/db/schema';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const H = 3_600_000;
const CREATED = Date.UTC(2026, 10, 20, 0);

describe('metricsAt24h', () => {
  it('interpolates each counter at 24 h between the samples around it', () => {
    expect(
      metricsAt24h(CREATED, CREATED + 12 * H, { likes: 40, views: 1000 }, CREATED + 36 * H, { likes: 80, views: 3000, replies: 5 }),
    ).toEqual({ likes: 60, views: 2000 });
  });
  it('is undefined when the samples do not span 24 h', () => {
    expect(metricsAt24h(CREATED, CREATED + 25 * H, { likes: 1 }, CREATED + 30 * H, { likes: 2 })).toBeUndefined();
  });
});

describe('the writer keeps the 24 h rollup on the post row', () => {
  it('sets metrics24h when a sample first passes 24 h, and keeps it', async () => {
    const db = freshDb();
    const at = (h: number, likes: number) =>
      ingestBatch(
        db,
        batch([capturedPost('1', { createdAt: new Date(CREATED).toISOString(), metrics: { likes } })], CREATED + h * H),
        CREATED + h * H,
      );
    await at(12, 40);
    expect((await db.posts.get(['x', '1']))!.metrics24h).toBeUndefined();
    await at(36, 80);
    expect((await db.posts.get(['x', '1']))!.metrics24h).toEqual({ likes: 60 });
    await at(60, 200);
    const row = (await db.posts.get(['x', '1']))!;
    expect(row.metrics24h).toEqual({ likes: 60 });
    expect(postRowSchema.safeParse(row).success).toBe(true);
  });
});

describe('migration v1 → v2', () => {
  it('opens a v1 database, keeps 100 % of rows, and fills the rollup from history', async () => {
    const factory = new IDBFactory();
    // A v1 database, written by a class that only knows version 1.
    const v1 = new Dexie('pantau', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    const posts = Array.from({ length: 50 }, (_, i) => ({
      ...capturedPost(String(i + 1), { createdAt: new Date(CREATED).toISOString() }),
      authorKey: 'kopikita',
      firstSeenAt: CREATED + H,
      lastSeenAt: CREATED + 40 * H,
      lastSnapshotAt: CREATED + 40 * H,
    }));
    await v1.table('posts').bulkAdd(posts);
    await v1.table('postSnapshots').bulkAdd(
      posts.flatMap((p, i) => [
        { platform: 'x', postId: p.postId, capturedAt: CREATED + 12 * H, metrics: { likes: 10 * i } },
        { platform: 'x', postId: p.postId, capturedAt: CREATED + 36 * H, metrics: { likes: 30 * i } },
      ]),
    );
    await v1.table('accounts').add({ platform: 'x', handle: 'kopikita', displayHandle: 'KopiKita', role: 'competitor', addedAt: 1 });
    await v1
      .table('drafts')
      .add({ id: 'd', text: 'keep', platforms: ['x'], status: 'scheduled', scheduledAt: CREATED + 99 * H, createdAt: 1, updatedAt: 1 });
    v1.close();

    const v2 = new PantauDB({ indexedDB: factory, IDBKeyRange });
    await v2.open();
    expect(v2.verno).toBe(4);
    expect([await v2.posts.count(), await v2.postSnapshots.count(), await v2.accounts.count(), await v2.drafts.count()]).toEqual([
      50, 100, 1, 1,
    ]);
    expect((await v2.posts.get(['x', '4']))!.metrics24h).toEqual({ likes: 60 }); // 30 + 0.5 · (90 − 30)
    for (const row of await v2.posts.toArray()) expect(postRowSchema.safeParse(row).success).toBe(true);
  });
});
