import Dexie, { type Table } from 'dexie';
import { z, type ZodType } from 'zod';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { DB_NAME, PantauDB } from '../db/db';
import { ROW_SCHEMAS, postRowSchema } from '../db/schema';
import { LIMITS } from '../messaging/limits';

/**
 * What a restored row must be: the row schemas, and for captured posts the capture edge's own limits
 * (https only, text and hashtags capped), so a file cannot bring in what capture would refuse.
 */
const RESTORE_SCHEMAS = {
  ...ROW_SCHEMAS,
  posts: postRowSchema.extend({
    url: z
      .string()
      .max(LIMITS.urlChars)
      .regex(/^https:\/\//, 'url must be https'),
    text: z.string().max(LIMITS.textChars),
    hashtags: z.array(z.string().max(140)).max(LIMITS.hashtags),
  }),
};

const PAGE = 2000;
/** A row's primary key (inline keys: a field, or an array of fields for a compound key). */
const keyOf = (table: Table, r: unknown) => {
  const path = table.schema.primKey.keyPath;
  return Array.isArray(path) ? path.map((k) => (r as Record<string, unknown>)[k]) : (r as Record<string, unknown>)[path as string];
};
/** A table's rows a page at a time, in primary-key order. */
async function* pages(table: Table): AsyncGenerator<unknown[]> {
  let page = await table.orderBy(':id').limit(PAGE).toArray();
  while (page.length) {
    yield page;
    if (page.length < PAGE) return;
    page = await table
      .where(':id')
      .above(keyOf(table, page[page.length - 1]))
      .limit(PAGE)
      .toArray();
  }
}

export class NotABackupError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotABackupError';
  }
}

/** Every table (drafts and their images included) as a dexie-export-import JSON file; never credentials. */
export function backupBlob(db: PantauDB, onProgress: (fraction: number) => void): Promise<Blob> {
  return exportDB(db, {
    prettyJson: false,
    skipTables: ['secrets'],
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress(totalRows ? completedRows / totalRows : 1);
      return true;
    },
  });
}

/**
 * Merge a backup into the database: rows already present are kept (every table is keyed, so there
 * are no duplicates), new ones are added. Returns how many rows each table gained. The file is
 * imported into a temporary database and every row checked against the row schemas first, so a
 * corrupt or foreign file is refused before anything is written.
 */
export async function restoreBackup(
  db: PantauDB,
  file: Blob,
  onProgress: (fraction: number) => void,
  makeTemp: () => PantauDB = () => new PantauDB(undefined, `${DB_NAME}-restore`),
): Promise<Record<string, number>> {
  let meta: Awaited<ReturnType<typeof peakImportFile>>;
  try {
    meta = await peakImportFile(file);
  } catch {
    throw new NotABackupError('not a backup file (unreadable or not JSON)');
  }
  if (meta.formatName !== 'dexie' || meta.data.databaseName !== DB_NAME)
    throw new NotABackupError(`not a Pantau backup (${meta.data?.databaseName ?? meta.formatName})`);
  // Credentials are never exported, so a file that carries them is not ours.
  const known = new Set(db.tables.map((t) => t.name).filter((n) => n !== 'secrets'));
  const foreign = meta.data.tables.map((t) => t.name).filter((n) => !known.has(n));
  if (foreign.length) throw new NotABackupError(`unknown tables: ${foreign.join(', ')}`);

  const temp = makeTemp();
  try {
    try {
      await importInto(temp, file, {
        acceptVersionDiff: true,
        acceptNameDiff: true, // the temporary database has its own name
        clearTablesBeforeImport: true,
        progressCallback: ({ completedRows, totalRows }) => {
          onProgress(totalRows ? (0.8 * completedRows) / totalRows : 0.8);
          return true;
        },
      });
    } catch (err) {
      throw new NotABackupError(`the file could not be read as a backup: ${String(err).slice(0, 120)}`);
    }
    // Two passes over the temporary copy, a page of rows at a time (never every table in memory):
    // first every row is checked, so a corrupt file is refused before anything is written; then
    // the parsed rows (unknown fields dropped, the capture edge's limits applied) are merged, a
    // page per transaction. Merging only adds missing keys, so a restore cut short is completed
    // by running it again.
    const tables = temp.tables.filter((t) => db.tables.some((d) => d.name === t.name && d.name !== 'secrets'));
    const total = Math.max(
      1,
      (await Promise.all(tables.map((t) => t.count()))).reduce((a, b) => a + b, 0),
    );
    for (const table of tables) {
      const schema = RESTORE_SCHEMAS[table.name as keyof typeof RESTORE_SCHEMAS] as ZodType | undefined;
      let n = 0;
      for await (const page of pages(table)) {
        const bad = schema ? page.findIndex((r) => !schema.safeParse(r).success) : -1;
        if (bad >= 0) throw new NotABackupError(`row ${n + bad + 1} of ${table.name} is not valid`);
        n += page.length;
      }
    }
    const added: Record<string, number> = {};
    let done = 0;
    for (const table of db.tables) {
      if (table.name === 'secrets') continue;
      added[table.name] = 0;
      const source = temp.tables.find((t) => t.name === table.name);
      if (!source) continue;
      const schema = RESTORE_SCHEMAS[table.name as keyof typeof RESTORE_SCHEMAS] as ZodType | undefined;
      for await (const page of pages(source)) {
        const rows = schema ? page.map((r) => schema.parse(r)) : page;
        await db.transaction('rw', table, async () => {
          const existing = await table.bulkGet(rows.map((r) => keyOf(table, r)) as never[]);
          const missing = rows.filter((_, i) => existing[i] === undefined);
          if (missing.length) await table.bulkAdd(missing);
          added[table.name]! += missing.length;
        });
        done += page.length;
        onProgress(0.8 + (0.2 * done) / total);
      }
    }
    onProgress(1);
    return added;
  } finally {
    temp.close();
    await Dexie.delete(temp.name).catch(() => undefined);
  }
}
