import Dexie from 'dexie';
import type { ZodType } from 'zod';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { DB_NAME, PantauDB } from '../db/db';
import { ROW_SCHEMAS } from '../db/schema';

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
    const incoming: Record<string, unknown[]> = {};
    for (const table of temp.tables) {
      const rows = await table.toArray();
      const schema = ROW_SCHEMAS[table.name as keyof typeof ROW_SCHEMAS] as ZodType | undefined;
      const bad = schema ? rows.findIndex((r) => !schema.safeParse(r).success) : -1;
      if (bad >= 0) throw new NotABackupError(`row ${bad + 1} of ${table.name} is not valid`);
      incoming[table.name] = rows;
    }
    const added: Record<string, number> = {};
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        if (table.name === 'secrets') continue;
        const rows = incoming[table.name] ?? [];
        const keyPath = table.schema.primKey.keyPath;
        const keyOf = (r: unknown) =>
          Array.isArray(keyPath)
            ? keyPath.map((k) => (r as Record<string, unknown>)[k])
            : (r as Record<string, unknown>)[keyPath as string];
        const existing = rows.length ? await table.bulkGet(rows.map(keyOf) as never[]) : [];
        const missing = rows.filter((_, i) => existing[i] === undefined);
        if (missing.length) await table.bulkAdd(missing);
        added[table.name] = missing.length;
      }
    });
    onProgress(1);
    return added;
  } finally {
    temp.close();
    await Dexie.delete(temp.name).catch(() => undefined);
  }
}
