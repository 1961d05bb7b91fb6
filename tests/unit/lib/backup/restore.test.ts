// @vitest-environment jsdom
// dexie-export-import reads files with FileReader, which jsdom provides.
import { describe, expect, it } from 'vitest';
import { backupBlob, NotABackupError, restoreBackup } from '@/lib/backup/backup';
import { ingestBatch } from '@/lib/db/ingest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { PantauDB } from '@/lib/db/db';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const temp = () => new PantauDB({ indexedDB: new IDBFactory(), IDBKeyRange }, 'pantau-restore');

const T0 = Date.UTC(2026, 10, 20, 9);
const readText = (b: Blob) =>
  new Promise<string>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.readAsText(b);
  });

describe('backup and restore', () => {
  it('round-trips, merges into a non-empty database without duplicates, and reports what was added', async () => {
    const a = freshDb();
    await ingestBatch(a, batch([capturedPost('1'), capturedPost('2')], T0), T0);
    await a.drafts.put({ id: 'd1', text: 'draft', platforms: ['x'], status: 'draft', createdAt: 1, updatedAt: 1 });
    const file = await backupBlob(a, () => {});

    const b = freshDb();
    await ingestBatch(b, batch([capturedPost('2'), capturedPost('3')], T0 + 1000), T0 + 1000);
    const added = await restoreBackup(b, file, () => {}, temp);
    // post 1 is new; post 2's sample at T0 is history b did not have (its own is at T0 + 1 s)
    expect(added).toMatchObject({ posts: 1, postSnapshots: 2, drafts: 1, health: 0 });
    expect(await b.postSnapshots.count()).toBe(4);
    expect((await b.posts.toArray()).map((p) => p.postId).sort()).toEqual(['1', '2', '3']);
    // post 2 already existed: kept as it was, not duplicated
    expect((await b.posts.get(['x', '2']))!.lastSeenAt).toBe(T0 + 1000);
  });

  it('refuses a corrupt or foreign file and changes nothing', async () => {
    const db = freshDb();
    await ingestBatch(db, batch([capturedPost('1')], T0), T0);
    await expect(restoreBackup(db, new Blob(['{"not": "a backup"'], { type: 'application/json' }), () => {}, temp)).rejects.toBeInstanceOf(
      NotABackupError,
    );
    const foreign = new Blob([
      JSON.stringify({
        formatName: 'dexie',
        formatVersion: 1,
        data: { databaseName: 'other-app', databaseVersion: 1, tables: [], data: [] },
      }),
    ]);
    await expect(restoreBackup(db, foreign, () => {}, temp)).rejects.toThrow(/not a Pantau backup/);
    // A file that says it is ours but holds an invalid row is refused whole.
    const good = await backupBlob(db, () => {});
    const tampered = new Blob([(await readText(good)).replace('"likes":10', '"likes":-10')]);
    await expect(restoreBackup(freshDb(), tampered, () => {}, temp)).rejects.toThrow(/not valid/);
    expect(await db.posts.count()).toBe(1);
  });
});
