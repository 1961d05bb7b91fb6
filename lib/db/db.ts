import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import { metricsAt24h } from './posts';
import type {
  AccountRow,
  AliasRow,
  DraftRow,
  HealthRow,
  MediaRow,
  PostRow,
  PostSnapshotRow,
  ProfileSnapshotRow,
  SecretRow,
} from './schema';
import { postKey } from './keys';

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

/** Version 3: drafts indexed by time (calendar, queue), attached images, and posting credentials. */
export const SCHEMA_V3 = {
  ...SCHEMA_V1,
  drafts: 'id, status, scheduledAt',
  media: 'id, draftId',
  secrets: 'key',
} as const;

/** Version 4: other forms of account names (channel ids, user ids, DIDs, former handles), mapped to the handle. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  aliases: '[platform+alias], [platform+handle]',
} as const;

export class PantauDB extends Dexie {
  posts!: Table<PostRow, [string, string]>;
  postSnapshots!: Table<PostSnapshotRow, [string, string, number]>;
  profileSnapshots!: Table<ProfileSnapshotRow, [string, string, number]>;
  accounts!: Table<AccountRow, [string, string]>;
  drafts!: EntityTable<DraftRow, 'id'>;
  health!: EntityTable<HealthRow, 'platform'>;
  media!: EntityTable<MediaRow, 'id'>;
  secrets!: EntityTable<SecretRow, 'key'>;
  aliases!: Table<AliasRow, [string, string]>;

  constructor(options?: ConstructorParameters<typeof Dexie>[1], name = DB_NAME) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // v2: posts carry a 24 h rollup (metrics24h) so the dashboard reads post rows only. Same
    // indexes; the upgrade computes the rollup for rows stored before it, from their snapshots.
    this.version(2)
      .stores(SCHEMA_V1)
      .upgrade((tx) => upgradeToV2(tx));
    // v3: new tables and a drafts index only; every existing row stays as it is.
    this.version(3).stores(SCHEMA_V3);
    // v4: the aliases table; and follower samples stored before the writer's interval rule held for
    // them (a sample equal to the one before it, under the interval later) are thinned out.
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade((tx) => thinProfileSamples(tx));
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

/**
 * Fill metrics24h for posts whose snapshots span their 24th hour: one pass over the snapshots in
 * key order (grouped by post), then one bulk put. Every row is kept.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const postsTable = tx.table<PostRow, [string, string]>('posts');
  const posts = new Map((await postsTable.toArray()).map((p) => [postKey(p), p]));
  const changed: PostRow[] = [];
  let group: PostSnapshotRow[] = [];
  const flush = () => {
    const first = group[0];
    const post = first && posts.get(postKey(first));
    const created = post ? Date.parse(post.createdAt) : NaN;
    if (post && !post.metrics24h && Number.isFinite(created)) {
      const after = group.findIndex((g) => g.capturedAt >= created + 24 * 3_600_000);
      const m =
        after > 0
          ? metricsAt24h(created, group[after - 1]!.capturedAt, group[after - 1]!.metrics, group[after]!.capturedAt, group[after]!.metrics)
          : undefined;
      if (m) changed.push({ ...post, metrics24h: m });
    }
    group = [];
  };
  await tx
    .table<PostSnapshotRow>('postSnapshots')
    .toCollection()
    .each((snap) => {
      const first = group[0];
      if (first && (first.platform !== snap.platform || first.postId !== snap.postId)) flush();
      group.push(snap);
    });
  flush();
  if (changed.length) await postsTable.bulkPut(changed);
}

/**
 * Drop follower samples that repeat the sample before them within the writer's interval (an hour):
 * a page that re-sent its header every few seconds stored one row each time (11 in 7 minutes seen).
 * The first sample of every run and every change are kept, so the series reads exactly as before.
 */
export async function thinProfileSamples(tx: Transaction, intervalMs = 60 * 60 * 1000): Promise<void> {
  const table = tx.table<ProfileSnapshotRow, [string, string, number]>('profileSnapshots');
  const drop: Array<[string, string, number]> = [];
  let kept: ProfileSnapshotRow | undefined;
  await table.toCollection().each((row) => {
    const same =
      kept &&
      kept.platform === row.platform &&
      kept.handle === row.handle &&
      kept.followers === row.followers &&
      kept.following === row.following &&
      kept.posts === row.posts &&
      row.capturedAt - kept.capturedAt < intervalMs;
    if (same) drop.push([row.platform, row.handle, row.capturedAt]);
    else kept = row;
  });
  if (drop.length) await table.bulkDelete(drop);
}
