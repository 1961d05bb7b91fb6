import type { PantauDB } from '../db/db';
import type { PostRow, PostSnapshotRow } from '../db/schema';
import { METRIC_KEYS } from '../platforms/types';
import { csvLine, csvRows, type Column } from './csv';

/** The documented CSV columns (README, "Export and backup"). */
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
export async function exportCsv(db: PantauDB, table: 'posts' | 'postSnapshots', onProgress: (done: number) => void): Promise<Blob> {
  const t = table === 'posts' ? db.posts : db.postSnapshots;
  const columns = (table === 'posts' ? POST_COLUMNS : SNAPSHOT_COLUMNS) as Column<unknown>[];
  const total = await t.count();
  const parts: string[] = ['\ufeff', csvLine(columns.map((c) => c.header))];
  let done = 0;
  let last: unknown;
  for (;;) {
    const chunk = (
      last === undefined ? await t.orderBy(':id').limit(CHUNK).toArray() : await t.where(':id').above(last).limit(CHUNK).toArray()
    ) as unknown[];
    if (!chunk.length) break;
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
