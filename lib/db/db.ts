import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AccountRow, DraftRow, HealthRow, PostRow, PostSnapshotRow, ProfileSnapshotRow } from './schema';

export const DB_NAME = 'pantau';

/**
 * Version 1 of the schema. Never edit a shipped version: add version(2) with an upgrade.
 * Snapshot tables are keyed by [platform+id+capturedAt], so a retried batch is idempotent and
 * the time series is read with one range scan.
 */
export const SCHEMA_V1 = {
  posts: '[platform+postId], createdAt, lastSeenAt, [platform+authorKey]',
  postSnapshots: '[platform+postId+capturedAt]',
  profileSnapshots: '[platform+handle+capturedAt]',
  accounts: '[platform+handle], role',
  drafts: 'id, status',
  health: 'platform',
} as const;

export class PantauDB extends Dexie {
  posts!: Table<PostRow, [string, string]>;
  postSnapshots!: Table<PostSnapshotRow, [string, string, number]>;
  profileSnapshots!: Table<ProfileSnapshotRow, [string, string, number]>;
  accounts!: Table<AccountRow, [string, string]>;
  drafts!: EntityTable<DraftRow, 'id'>;
  health!: EntityTable<HealthRow, 'platform'>;

  constructor(options?: ConstructorParameters<typeof Dexie>[1], name = DB_NAME) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}

let instance: PantauDB | undefined;
/**
 * The extension's database (one per extension origin). Dexie's optimistic cache is off: it
 * clones every written value for live queries in the writing context, and the only writer (the
 * background) has none; the UI's live queries still update through Dexie's cross-context events.
 */
export function getDb(): PantauDB {
  instance ??= new PantauDB({ cache: 'disabled' });
  return instance;
}
