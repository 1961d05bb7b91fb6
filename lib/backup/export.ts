import { accountsWithRole } from '../db/accounts';
import type { PantauDB } from '../db/db';
import { accountKey } from '../db/keys';
import { profileSnapshots } from '../db/posts';
import type { AccountRole, PostRow, PostSnapshotRow } from '../db/schema';
import { engagementOf, erByFollowers, type EngagementCounters } from '../metrics/engagement';
import { followerSeries, type FollowersAt } from '../metrics/followers';
import { METRIC_KEYS, type PlatformId } from '../platforms/types';
import { csvLine, csvRows, type Column } from './csv';

/** What the derived post columns need besides the row: the user's engagement counters, followers at post time, roles. */
export interface PostContext {
  counters?: EngagementCounters;
  followersAt(p: PostRow): FollowersAt | undefined;
  roleOf(p: PostRow): AccountRole | undefined;
}

const engagementIn = (p: PostRow, ctx: PostContext) => engagementOf(p.platform, p.metrics, ctx.counters);
/** A repost's counters are the original's, and its followers the reposter's: no ER for it (as in Insights). */
const erIn = (p: PostRow, ctx: PostContext) => (p.repostOf ? undefined : erByFollowers(engagementIn(p, ctx), ctx.followersAt(p)));
/** A rate as a plain fraction with six significant digits (0.0123 is 1.23 %). */
const fraction = (r: number | undefined) => (r === undefined ? undefined : Number(r.toPrecision(6)));

/** The documented columns of the posts CSV (README, "Export and backup"). */
export function postColumns(ctx: PostContext): Column<PostRow>[] {
  return [...POST_COLUMNS, ...derivedColumns(ctx)];
}
function derivedColumns(ctx: PostContext): Column<PostRow>[] {
  return [
    { header: 'engagement', value: (p) => engagementIn(p, ctx) },
    { header: 'followers_at_post', value: (p) => (p.repostOf ? undefined : ctx.followersAt(p)?.followers) },
    { header: 'er_by_followers', value: (p) => fraction(erIn(p, ctx)?.rate) },
    { header: 'er_estimated', value: (p) => erIn(p, ctx)?.estimated },
    { header: 'role', value: (p) => ctx.roleOf(p) },
  ];
}

/** The posts CSV's columns read straight from the row. */
export const POST_COLUMNS: Column<PostRow>[] = [
  { header: 'platform', value: (p) => p.platform },
  { header: 'post_id', value: (p) => p.postId },
  { header: 'url', value: (p) => p.url },
  { header: 'author', value: (p) => p.authorHandle },
  { header: 'created_at', value: (p) => p.createdAt },
  { header: 'text', value: (p) => p.text },
  { header: 'hashtags', value: (p) => p.hashtags },
  { header: 'media_type', value: (p) => p.mediaType },
  ...METRIC_KEYS.map((k) => ({ header: k, value: (p: PostRow) => p.metrics[k] })),
  { header: 'approximate', value: (p) => p.approximate },
  { header: 'author_followers', value: (p) => p.authorFollowers },
  { header: 'repost_of', value: (p) => p.repostOf },
  { header: 'quote_of', value: (p) => p.quoteOf },
  { header: 'first_seen_at', value: (p) => new Date(p.firstSeenAt).toISOString() },
  { header: 'last_seen_at', value: (p) => new Date(p.lastSeenAt).toISOString() },
];

export const SNAPSHOT_COLUMNS: Column<PostSnapshotRow>[] = [
  { header: 'platform', value: (s) => s.platform },
  { header: 'post_id', value: (s) => s.postId },
  { header: 'captured_at', value: (s) => new Date(s.capturedAt).toISOString() },
  ...METRIC_KEYS.map((k) => ({ header: k, value: (s: PostSnapshotRow) => s.metrics[k] })),
  { header: 'approximate', value: (s) => s.approximate },
];

const CHUNK = 2000;

/**
 * A table as CSV, read in chunks of 2,000 rows (so large histories neither freeze the page nor
 * hold every row at once), reporting progress as a fraction.
 */
export async function exportCsv(
  db: PantauDB,
  table: 'posts' | 'postSnapshots',
  onProgress: (done: number) => void,
  counters?: EngagementCounters,
): Promise<Blob> {
  const t = table === 'posts' ? db.posts : db.postSnapshots;
  const context = table === 'posts' ? await postContext(db, counters) : undefined;
  const columns = (context ? postColumns(context.ctx) : SNAPSHOT_COLUMNS) as Column<unknown>[];
  const total = await t.count();
  const parts: string[] = ['\ufeff', csvLine(columns.map((c) => c.header))];
  let done = 0;
  let last: unknown;
  for (;;) {
    const chunk = (
      last === undefined ? await t.orderBy(':id').limit(CHUNK).toArray() : await t.where(':id').above(last).limit(CHUNK).toArray()
    ) as unknown[];
    if (!chunk.length) break;
    await context?.prepare(chunk as PostRow[]);
    parts.push(csvRows(chunk, columns));
    done += chunk.length;
    last =
      table === 'posts'
        ? [(chunk.at(-1) as PostRow).platform, (chunk.at(-1) as PostRow).postId]
        : [
            (chunk.at(-1) as PostSnapshotRow).platform,
            (chunk.at(-1) as PostSnapshotRow).postId,
            (chunk.at(-1) as PostSnapshotRow).capturedAt,
          ];
    onProgress(total ? done / total : 1);
    await new Promise((r) => setTimeout(r, 0)); // let the page paint the progress
  }
  onProgress(1);
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/**
 * Roles for every account (the accounts table is small), and each author's follower series read
 * once, when a chunk first has a post of theirs: prepare(chunk) before writing the chunk.
 */
async function postContext(db: PantauDB, counters?: EngagementCounters) {
  const roles = new Map<string, AccountRole>();
  for (const role of ['competitor', 'own', 'ignored'] as const)
    for (const a of await accountsWithRole(db, role)) roles.set(accountKey(a.platform, a.handle), role);
  const series = new Map<string, (at: number) => FollowersAt | undefined>();
  const ctx: PostContext = {
    ...(counters ? { counters } : {}),
    followersAt: (p) => series.get(accountKey(p.platform, p.authorKey))?.(Date.parse(p.createdAt)),
    roleOf: (p) => roles.get(accountKey(p.platform, p.authorKey)),
  };
  const prepare = async (chunk: readonly PostRow[]) => {
    for (const p of chunk) {
      const key = accountKey(p.platform, p.authorKey);
      if (!series.has(key)) series.set(key, followerSeries(await profileSnapshots(db, p.platform as PlatformId, p.authorKey)));
    }
  };
  return { ctx, prepare };
}
