import Dexie, { type Table } from 'dexie';
import { z, type ZodType } from 'zod';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { DB_NAME, PantauDB } from '../db/db';
import { ROW_SCHEMAS, postRowSchema } from '../db/schema';
import { LIMITS } from '../messaging/limits';
import { normaliseSettings, type Settings } from '../settings';

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

/** Why a file was refused, for the UI to say in words (the message is for logs and tests). */
export type RefusalCode = 'notJson' | 'notPantau' | 'truncated' | 'countMismatch' | 'invalidRow' | 'unknownData' | 'unreadable';

export class NotABackupError extends Error {
  constructor(
    reason: string,
    readonly code: RefusalCode = 'unreadable',
    /** The table concerned and its counts (countMismatch: the header's and the file's; invalidRow: the file's). */
    readonly detail?: { table: string; expected?: number; found?: number },
  ) {
    super(reason);
    this.name = 'NotABackupError';
  }
}

/** The backup's own field, before dexie-export-import's: the settings (never credentials, which live in the secrets table). */
const SETTINGS_FIELD = 'pantauSettings';

/**
 * Every table (drafts and their images included) as a dexie-export-import JSON file, with the
 * settings when given; never credentials. The settings go first in the root object, so reading
 * the file's header finds them.
 */
export async function backupBlob(db: PantauDB, onProgress: (fraction: number) => void, settings?: Settings): Promise<Blob> {
  const blob = await exportDB(db, {
    prettyJson: false,
    skipTables: ['secrets'],
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress(totalRows ? completedRows / totalRows : 1);
      return true;
    },
  });
  if (!settings) return blob;
  // The export starts '{"formatName":…': the settings join the root object in front of it.
  return new Blob([`{${JSON.stringify(SETTINGS_FIELD)}:${JSON.stringify(normaliseSettings(settings))},`, blob.slice(1)], {
    type: blob.type,
  });
}

/** The text of a slice of a file (FileReader: it works in every page and in jsdom). */
const sliceText = (file: Blob, start: number, end?: number) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(file.slice(start, end));
  });

/**
 * Whether the file ends as a whole export does: the last table's rows, then the tables list, the
 * data object and the root closed ("…]}]}}"). A file cut anywhere else ends inside a row or
 * between rows, which the streaming reader would otherwise take as the end of the data.
 */
async function endsWhole(file: Blob): Promise<boolean> {
  return /\]\s*\}\s*\]\s*\}\s*\}\s*$/.test(await sliceText(file, Math.max(0, file.size - 64)));
}

/** The settings a backup carries, kept only as far as they are settings (normalised; anything else dropped). */
function settingsIn(meta: unknown): Settings | undefined {
  const raw = (meta as Record<string, unknown> | null)?.[SETTINGS_FIELD];
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? normaliseSettings(raw as Partial<Settings>) : undefined;
}

/** Where restored settings come from and go: the options page passes the settings item. */
export interface SettingsIo {
  current(): Promise<Settings>;
  apply(settings: Settings): Promise<void>;
}

/**
 * Merge a backup into the database: rows already present are kept (every table is keyed, so there
 * are no duplicates), new ones are added. Returns how many rows each table gained, and
 * `settings: 1` when the file's settings were applied (they replace the current ones, where they
 * differ). The file is imported into a temporary database and checked first, so a file that is
 * cut off, whose row counts differ from its header, or that holds one invalid row is refused
 * whole before anything is written.
 */
export async function restoreBackup(
  db: PantauDB,
  file: Blob,
  onProgress: (fraction: number) => void,
  makeTemp: () => PantauDB = () => new PantauDB(undefined, `${DB_NAME}-restore`),
  settingsIo?: SettingsIo,
): Promise<Record<string, number>> {
  let meta: Awaited<ReturnType<typeof peakImportFile>>;
  try {
    meta = await peakImportFile(file);
  } catch {
    // A file cut off inside its header still starts like an export.
    const head = await sliceText(file, 0, 256).catch(() => '');
    if (/"formatName"\s*:\s*"dexie"|"pantauSettings"/.test(head)) throw new NotABackupError('the file ends early', 'truncated');
    throw new NotABackupError('not a backup file (unreadable or not JSON)', 'notJson');
  }
  if (meta.formatName !== 'dexie' || meta.data?.databaseName !== DB_NAME)
    throw new NotABackupError(`not a Pantau backup (${meta.data?.databaseName ?? meta.formatName})`, 'notPantau');
  if (!Array.isArray(meta.data.tables) || !(await endsWhole(file))) throw new NotABackupError('the file ends early', 'truncated');
  // Credentials are never exported, so a file that carries them is not ours.
  const known = new Set(db.tables.map((t) => t.name).filter((n) => n !== 'secrets'));
  const foreign = meta.data.tables.map((t) => t.name).filter((n) => !known.has(n));
  if (foreign.length) throw new NotABackupError(`unknown tables: ${foreign.join(', ')}`, 'unknownData');
  const settings = settingsIn(meta);

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
      throw new NotABackupError(`the file could not be read as a backup: ${String(err).slice(0, 120)}`, 'unreadable');
    }
    // Every table holds as many rows as the header says: a file that lost rows (cut and re-closed,
    // or edited) is refused, not restored in part.
    for (const header of meta.data.tables) {
      const table = temp.tables.find((t) => t.name === header.name);
      const found = table ? await table.count() : 0;
      if (found !== header.rowCount)
        throw new NotABackupError(`${header.name}: the header says ${header.rowCount} rows, the file has ${found}`, 'countMismatch', {
          table: header.name,
          expected: header.rowCount,
          found,
        });
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
        if (bad >= 0)
          throw new NotABackupError(`row ${n + bad + 1} of ${table.name} is not valid`, 'invalidRow', {
            table: table.name,
            found: await table.count(),
          });
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
    // Settings last, once every row is in: a refused file changes none of them either.
    if (settings && settingsIo) {
      const current = await settingsIo.current();
      if (JSON.stringify(normaliseSettings(current)) !== JSON.stringify(settings)) {
        await settingsIo.apply(settings);
        added.settings = 1;
      }
    }
    onProgress(1);
    return added;
  } finally {
    temp.close();
    await Dexie.delete(temp.name).catch(() => undefined);
  }
}
