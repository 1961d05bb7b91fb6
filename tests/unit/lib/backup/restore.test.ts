// @vitest-environment jsdom
// dexie-export-import reads files with FileReader, which jsdom provides.
import { describe, expect, it } from 'vitest';
import { backupBlob, NotABackupError, restoreBackup } from '@/lib/backup/backup';
import { ingestBatch } from '@/lib/db/ingest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { PantauDB } from '@/lib/db/db';
import { batch, capturedPost, freshDb } from '../../../helpers/db';
import { DEFAULT_SETTINGS } from '@/lib/settings';

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

describe('restore stores the validated rows, not the raw ones (trust edge 9)', () => {
  it('a row with a javascript: url, 2 M characters of text or a 3 MB unknown field is refused or stripped', async () => {
    const db = freshDb();
    await ingestBatch(db, batch([capturedPost('1')], T0), T0);
    const good = await readText(await backupBlob(db, () => {}));
    // An unknown field is dropped from the stored row.
    const extra = good.replace('"postId":"1"', `"postId":"1","junk":"${'x'.repeat(3 * 1024 * 1024)}"`);
    const target = freshDb();
    await restoreBackup(target, new Blob([extra]), () => {}, temp);
    expect(Object.keys((await target.posts.get(['x', '1']))!)).not.toContain('junk');
    // A javascript: url, or text over the capture limit, is refused whole.
    for (const bad of [
      good.replace('"url":"https://x.com/KopiKita/status/1"', '"url":"javascript:alert(1)"'),
      good.replace('"text":"post 1"', `"text":"${'a'.repeat(2_000_000)}"`),
    ]) {
      const fresh = freshDb();
      await expect(restoreBackup(fresh, new Blob([bad]), () => {}, temp)).rejects.toThrow(/not valid/);
      expect(await fresh.posts.count()).toBe(0);
    }
  });

  it('restores a file larger than one page of rows, with progress rising to 1', async () => {
    const db = freshDb();
    await ingestBatch(
      db,
      batch(
        Array.from({ length: 2500 }, (_, i) => capturedPost(String(i + 1))),
        T0,
      ),
      T0,
    );
    const file = await backupBlob(db, () => {});
    const target = freshDb();
    const progress: number[] = [];
    const added = await restoreBackup(target, file, (f) => progress.push(f), temp);
    expect(added.posts).toBe(2500);
    expect(await target.posts.count()).toBe(2500);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
    // 2,500 rows through fake-indexeddb four times (import, count, check, merge): 3–5 s on a busy 2-core machine.
  }, 20_000);
});

describe('a backup that is not whole is refused whole (issue 14)', () => {
  /** A backup with a watchlist, follower samples and history, as a user's file would have. */
  async function fullBackup() {
    const db = freshDb();
    await ingestBatch(
      db,
      batch(
        Array.from({ length: 40 }, (_, i) => capturedPost(String(i + 1))),
        T0,
        { profiles: [{ platform: 'x', handle: 'KopiKita', followers: 1200 }] },
      ),
      T0,
    );
    await db.accounts.put({ platform: 'x', handle: 'kopikita', displayHandle: 'KopiKita', role: 'competitor', addedAt: T0 });
    return { db, text: await readText(await backupBlob(db, () => {}, { ...DEFAULT_SETTINGS, retentionDays: 30 })) };
  }

  it('the first 60 % of a file: refused as cut off, nothing written', async () => {
    const { text } = await fullBackup();
    const target = freshDb();
    const err = await restoreBackup(target, new Blob([text.slice(0, Math.floor(text.length * 0.6))]), () => {}, temp).catch((e) => e);
    expect(err).toBeInstanceOf(NotABackupError);
    expect((err as NotABackupError).code).toBe('truncated');
    for (const table of target.tables) expect(await table.count(), table.name).toBe(0);
  });

  it.each([0.05, 0.3, 0.9, 0.999])('cut at %d of its length: refused as cut off', async (f) => {
    const { text } = await fullBackup();
    const target = freshDb();
    const err = await restoreBackup(target, new Blob([text.slice(0, Math.floor(text.length * f))]), () => {}, temp).catch((e) => e);
    expect((err as NotABackupError).code).toBe('truncated');
    expect(await target.posts.count()).toBe(0);
  });

  it('a file whose rows do not match its header (rows removed, the file re-closed) is refused, nothing written', async () => {
    const { text } = await fullBackup();
    const json = JSON.parse(text) as { data: { data: Array<{ tableName: string; rows: unknown[] }> } };
    const posts = json.data.data.find((t) => t.tableName === 'posts')!;
    posts.rows = posts.rows.slice(0, 25);
    const target = freshDb();
    const err = await restoreBackup(target, new Blob([JSON.stringify(json)]), () => {}, temp).catch((e) => e);
    expect((err as NotABackupError).code).toBe('countMismatch');
    expect((err as NotABackupError).detail).toEqual({ table: 'posts', expected: 40, found: 25 });
    for (const table of target.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('carries the settings (never credentials) and restore applies them once every row is in', async () => {
    const { db, text } = await fullBackup();
    await db.secrets.put({ key: 'bluesky', value: 'app-password' } as never);
    const withSecret = await readText(await backupBlob(db, () => {}, DEFAULT_SETTINGS));
    expect(withSecret).not.toContain('app-password');
    expect(JSON.parse(text).pantauSettings.retentionDays).toBe(30);

    let stored = DEFAULT_SETTINGS;
    const io = { current: async () => stored, apply: async (s: typeof stored) => void (stored = s) };
    const added = await restoreBackup(freshDb(), new Blob([text]), () => {}, temp, io);
    expect(stored.retentionDays).toBe(30);
    expect(added).toMatchObject({ posts: 40, accounts: 1, settings: 1 });
    // The same file again: the settings are already those, so nothing is reported for them.
    expect((await restoreBackup(freshDb(), new Blob([text]), () => {}, temp, io)).settings).toBeUndefined();
    // A refused file changes no setting either.
    stored = DEFAULT_SETTINGS;
    await expect(restoreBackup(freshDb(), new Blob([text.slice(0, text.length - 10)]), () => {}, temp, io)).rejects.toThrow();
    expect(stored).toBe(DEFAULT_SETTINGS);
  });

  it('settings from a file are settings only: odd values fall back to the defaults', async () => {
    const { text } = await fullBackup();
    const json = JSON.parse(text);
    json.pantauSettings = { ...json.pantauSettings, badges: 'yes', capture: { x: false, evil: true }, token: 'secret' };
    let stored = DEFAULT_SETTINGS;
    await restoreBackup(freshDb(), new Blob([JSON.stringify(json)]), () => {}, temp, {
      current: async () => stored,
      apply: async (s) => void (stored = s),
    });
    expect(stored.badges).toBe(true);
    expect(stored.capture.x).toBe(false);
    expect(Object.keys(stored.capture)).not.toContain('evil');
    expect(Object.keys(stored)).not.toContain('token');
  });
});
