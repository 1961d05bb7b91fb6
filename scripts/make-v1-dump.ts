/**
 * Writes tests/fixtures/db/pantau-v1.json: a database exactly as version 1 of Pantau's schema stored
 * it (SCHEMA_V1, before any upgrade), seeded with deterministic rows in every table, exported with
 * dexie-export-import. The migration test upgrades this saved dump. Run: npx tsx scripts/make-v1-dump.ts
 */
import 'fake-indexeddb/auto';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
(globalThis as { self?: unknown }).self ??= globalThis;
// dexie-export-import reads Blobs with FileReader, which Node lacks: the two reads it uses.
class NodeFileReader {
  result: unknown;
  onload?: (e: unknown) => void;
  onerror?: (e: unknown) => void;
  private read(p: Promise<unknown>) {
    p.then(
      (r) => ((this.result = r), this.onload?.({ target: this })),
      (err) => this.onerror?.(err),
    );
  }
  readAsText = (b: Blob) => this.read(b.text());
  readAsArrayBuffer = (b: Blob) => this.read(b.arrayBuffer());
}
(globalThis as { FileReader?: unknown }).FileReader ??= NodeFileReader;
const { default: Dexie } = await import('dexie');
const { exportDB } = await import('dexie-export-import');
const { SCHEMA_V1, DB_NAME } = await import('../lib/db/db');

const H = 3_600_000;
const BASE = Date.UTC(2026, 9, 1, 8, 0);
const db = new Dexie(DB_NAME);
db.version(1).stores(SCHEMA_V1);

const authors = ['KopiKita', 'TehManis', 'RotiBakar'];
const posts = Array.from({ length: 120 }, (_, i) => {
  const author = authors[i % 3]!;
  const created = BASE + i * 6 * H;
  return {
    platform: i % 4 === 3 ? 'bluesky' : 'x',
    postId: String(1_000_000 + i),
    url:
      i % 4 === 3
        ? `https://bsky.app/profile/${author.toLowerCase()}.bsky.social/post/${1_000_000 + i}`
        : `https://x.com/${author}/status/${1_000_000 + i}`,
    authorHandle: author,
    authorKey: author.toLowerCase(),
    createdAt: new Date(created).toISOString(),
    text: `Post ${i} dari ${author} ☕ #kopi${i % 5}`,
    hashtags: [`kopi${i % 5}`],
    mediaType: (['text', 'photo', 'video'] as const)[i % 3],
    metrics: { likes: 10 + i, replies: i % 7, reposts: i % 11, views: 1000 + 37 * i },
    firstSeenAt: created + H,
    lastSeenAt: created + 30 * H,
    lastSnapshotAt: created + 30 * H,
    authorFollowers: 5000 + i,
  };
});
const snapshots = posts.flatMap((p, i) =>
  [2, 12, 30].map((h, k) => ({
    platform: p.platform,
    postId: p.postId,
    capturedAt: Date.parse(p.createdAt) + h * H,
    metrics: { likes: (10 + i) * (k + 1), replies: k, views: (1000 + 37 * i) * (k + 1) },
  })),
);
const profiles = authors.flatMap((a, i) =>
  Array.from({ length: 10 }, (_, d) => ({
    platform: 'x',
    handle: a.toLowerCase(),
    capturedAt: BASE + d * 24 * H,
    followers: 5000 + 100 * i + 7 * d,
  })),
);
await db.table('posts').bulkAdd(posts);
await db.table('postSnapshots').bulkAdd(snapshots);
await db.table('profileSnapshots').bulkAdd(profiles);
await db.table('accounts').bulkAdd([
  { platform: 'x', handle: 'kopikita', displayHandle: 'KopiKita', role: 'competitor', group: 'Kopi', addedAt: BASE },
  { platform: 'x', handle: 'tehmanis', displayHandle: 'TehManis', role: 'own', addedAt: BASE },
]);
await db.table('drafts').bulkAdd([
  {
    id: 'draft-1',
    text: 'Promo akhir pekan',
    platforms: ['x'],
    status: 'scheduled',
    scheduledAt: BASE + 90 * 24 * H,
    createdAt: BASE,
    updatedAt: BASE,
  },
  { id: 'draft-2', text: 'Sudah terbit', platforms: ['x'], status: 'posted', createdAt: BASE, updatedAt: BASE, postedAt: BASE + H },
]);
await db
  .table('health')
  .bulkAdd([{ platform: 'x', postsParsed: 90, payloadsNotUnderstood: 1, selectorMisses: 2, batchesRejected: 0, lastSuccessAt: BASE }]);

const blob = await exportDB(db, { prettyJson: true });
const out = join(import.meta.dirname, '..', 'tests', 'fixtures', 'db');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'pantau-v1.json'), await blob.text());
console.log(`wrote ${posts.length} posts, ${snapshots.length} snapshots, ${profiles.length} profile samples (version ${db.verno})`);
