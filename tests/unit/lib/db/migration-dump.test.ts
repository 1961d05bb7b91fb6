// @vitest-environment jsdom
// dexie-export-import reads files with FileReader, which jsdom provides.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { importInto } from 'dexie-export-import';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, PantauDB, SCHEMA_V1 } from '@/lib/db/db';
import { ROW_SCHEMAS } from '@/lib/db/schema';

const DUMP = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'db', 'pantau-v1.json');

describe('migration from a saved version-1 database (tests/fixtures/db/pantau-v1.json, made by scripts/make-v1-dump.ts)', () => {
  it('upgrades to the current version keeping 100 % of rows, field for field', async () => {
    const text = readFileSync(DUMP, 'utf8');
    const dump = JSON.parse(text) as {
      data: {
        databaseVersion: number;
        tables: { name: string; rowCount: number }[];
        data: { tableName: string; rows: Record<string, unknown>[] }[];
      };
    };
    expect(dump.data.databaseVersion).toBe(1);

    const factory = new IDBFactory();
    const v1 = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await importInto(v1, new Blob([text]));
    v1.close();

    const db = new PantauDB({ indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    for (const { name, rowCount } of dump.data.tables) {
      const table = db.table(name);
      const rows = await table.toArray();
      expect(rows.length, name).toBe(rowCount);
      const saved = dump.data.data.find((d) => d.tableName === name)!.rows;
      const key = (r: Record<string, unknown>) =>
        JSON.stringify(
          table.schema.primKey.keyPath instanceof Array
            ? table.schema.primKey.keyPath.map((k) => r[k])
            : r[table.schema.primKey.keyPath as string],
        );
      const byKey = new Map(rows.map((r) => [key(r), r]));
      for (const { $types: _encoding, ...old } of saved) {
        const now = byKey.get(key(old));
        expect(now, `${name} ${key(old)}`).toBeDefined();
        // Every stored field is kept as it was; version 2 only adds the 24 h rollup to posts.
        const { metrics24h: _added, ...rest } = now as Record<string, unknown>;
        expect(rest).toEqual(old);
        expect(ROW_SCHEMAS[name as keyof typeof ROW_SCHEMAS].safeParse(now).success, `${name} row fits today's schema`).toBe(true);
      }
    }
    // The upgrade filled the rollup for posts whose history spans 24 h (samples at 12 h and 30 h).
    const withRollup = (await db.posts.toArray()).filter((p) => p.metrics24h);
    expect(withRollup.length).toBe(120);
    // New tables exist and start empty.
    expect([await db.media.count(), await db.secrets.count(), await db.aliases.count()]).toEqual([0, 0, 0]);
    db.close();
  });
});
