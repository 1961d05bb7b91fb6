/**
 * Ingest, end to end: a fixture x.com page fetches 5,000 posts (10 UserTweets responses), and the
 * clock runs from its first fetch until every post and snapshot is in Dexie. Baseline: a raw
 * IndexedDB put of the same rows, same schema, in one transaction, in the same browser.
 */
import type { Session } from '../e2e/harness';
import { openExtensionPage } from '../e2e/harness';
import { countRows } from './idb';
import { median } from './stats';
import { postId, serveXFeed, xResponses } from './x-feed';

export const INGEST_POSTS = 5000;
const PER_RESPONSE = 500;
const ID_BASE = 1_900_000_000_000_000_000n;

const feedPage = (n: number) => `<!doctype html><html lang="en"><body><main id="app"></main><script>
  (async () => {
    window.__t0 = Date.now();
    for (let i = 0; i < ${n}; i++) await (await fetch('/i/api/graphql/bench/UserTweets?variables=' + i)).text();
    window.__t1 = Date.now();
    document.getElementById('app').textContent = 'done';
  })();
</script></body></html>`;

export interface IngestFigures {
  ingestPostsPerSec: number;
  rawPutPerSec: number;
  ingestRatio: number;
  ingestMs: number;
  pageFetchedMs: number;
}

export async function benchIngest(s: Session): Promise<IngestFigures> {
  const bodies = xResponses(INGEST_POSTS, PER_RESPONSE, ID_BASE);
  const ext = await openExtensionPage(s, 'popup.html');
  // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
  await ext.evaluate('globalThis.__name = (f) => f');
  const page = await s.browser.newPage();
  await serveXFeed(page, 'https://x.com/bench', feedPage(bodies.length), bodies);
  await page.goto('https://x.com/bench');

  // A batch commits atomically, so the last post of every response being stored (with its
  // snapshot) means everything is. Checked with a few key lookups every 10 ms on one open
  // connection, so measuring neither competes with the writer nor adds coarse poll delay.
  const markers = bodies.map((_, r) => postId(ID_BASE, (r + 1) * PER_RESPONSE - 1));
  const end = await ext.evaluate(
    (markers) =>
      new Promise<number>((resolve, reject) => {
        const started = Date.now();
        const open = indexedDB.open('pantau');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tick = () => {
            const tx = db.transaction(['posts', 'postSnapshots']);
            const posts = markers.map((id) => tx.objectStore('posts').getKey(['x', id]));
            const snaps = markers.map((id) => tx.objectStore('postSnapshots').getKey(IDBKeyRange.bound(['x', id, 0], ['x', id, Infinity])));
            tx.oncomplete = () => {
              if ([...posts, ...snaps].every((r) => r.result !== undefined)) resolve((db.close(), Date.now()));
              else if (Date.now() - started > 120_000) reject(new Error('ingest did not finish in 120 s'));
              else setTimeout(tick, 10);
            };
          };
          tick();
        };
      }),
    markers,
  );
  const counts = await countRows(ext, ['posts', 'postSnapshots']);
  if (counts[0] !== INGEST_POSTS || counts[1] !== INGEST_POSTS)
    throw new Error(`expected ${INGEST_POSTS} posts and snapshots, stored ${counts.join(' / ')}`);
  const t0 = await page.evaluate(() => (window as unknown as { __t0: number }).__t0);
  const ingestMs = end - t0;
  const pageFetchedMs = (await page.evaluate(() => (window as unknown as { __t1: number }).__t1)) - t0;
  await page.close();

  // The physical limit: the same rows, raw IndexedDB put, one transaction, same schema.
  const rawMs = await ext.evaluate(async () => {
    const read = (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const open = indexedDB.open('pantau');
        open.onsuccess = () => {
          const req = open.result.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => (open.result.close(), resolve(req.result));
        };
      });
    const [posts, snaps] = [await read('posts'), await read('postSnapshots')];
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const name = `bench-raw-${i}`;
      await new Promise((r) => {
        const del = indexedDB.deleteDatabase(name);
        del.onsuccess = del.onerror = r;
      });
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const p = open.result.createObjectStore('posts', { keyPath: ['platform', 'postId'] });
          p.createIndex('createdAt', 'createdAt');
          p.createIndex('lastSeenAt', 'lastSeenAt');
          p.createIndex('[platform+authorKey]', ['platform', 'authorKey']);
          open.result.createObjectStore('postSnapshots', { keyPath: ['platform', 'postId', 'capturedAt'] });
        };
        open.onsuccess = () => resolve(open.result);
      });
      const t = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['posts', 'postSnapshots'], 'readwrite');
        const ps = tx.objectStore('posts');
        const ss = tx.objectStore('postSnapshots');
        for (const row of posts) ps.put(row);
        for (const row of snaps) ss.put(row);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      runs.push(performance.now() - t);
      db.close();
      indexedDB.deleteDatabase(name);
    }
    return runs;
  });
  await ext.close();
  const ingestPostsPerSec = INGEST_POSTS / (ingestMs / 1000);
  const rawPutPerSec = INGEST_POSTS / (median(rawMs) / 1000);
  return {
    ingestPostsPerSec: Math.round(ingestPostsPerSec),
    rawPutPerSec: Math.round(rawPutPerSec),
    ingestRatio: +(ingestPostsPerSec / rawPutPerSec).toFixed(2),
    ingestMs,
    pageFetchedMs,
  };
}
