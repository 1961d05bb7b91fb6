import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entry, tweet, userTweets } from '../fixtures/x/graphql';
import { launch, openExtensionPage, readStore, serve, waitFor, type Session } from './harness';

const RESPONSES = 40;
const PER_RESPONSE = 50;

/** A timeline page that fetches 40 UserTweets pages of 50 distinct posts, one every 60 ms. */
const page = () => `<!doctype html><html><head><title>X</title></head><body><script>
  (async () => {
    for (let i = 0; i < ${RESPONSES}; i++) {
      await fetch('/i/api/graphql/q/UserTweets?variables=' + i).then((r) => r.json());
      await new Promise((r) => setTimeout(r, 60));
    }
    document.title = 'done';
  })();
</script></body></html>`;

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('service-worker death', () => {
  it('killing the worker mid-ingest loses nothing: content scripts retry, upserts are idempotent', async () => {
    const author = { handle: 'KopiKita', followers: 5000 };
    const tab = await s.browser.newPage();
    await serve(tab, (url) => {
      if (url === 'https://x.com/KopiKita') return { body: page() };
      const m = /UserTweets\?variables=(\d+)$/.exec(url);
      if (!m) return undefined;
      const i = Number(m[1]);
      const entries = Array.from({ length: PER_RESPONSE }, (_, k) => {
        const id = String(800_000 + i * PER_RESPONSE + k);
        return entry(tweet({ id, author, text: `post ${id}`, likes: k }), `tweet-${id}`);
      });
      return { body: JSON.stringify(userTweets(entries)), contentType: 'application/json' };
    });
    const cdp = await tab.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    const versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: typeof versions }) => versions.push(...e.versions));
    const stopOurs = async () => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${s.extensionId}/`) && v.runningStatus === 'running');
      for (const v of new Set(ours.map((o) => o.versionId)))
        await cdp.send('ServiceWorker.stopWorker', { versionId: v }).catch(() => undefined);
      return ours.length;
    };

    await tab.goto('https://x.com/KopiKita');
    let kills = 0;
    // Kill the worker three times while the page is still receiving responses.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 500));
      if (await stopOurs()) kills++;
    }
    await tab.waitForFunction(() => document.title === 'done', { timeout: 30_000 });
    expect(kills).toBeGreaterThan(0);
    // Chrome reported our worker stopped (and it was started again by the next batch).
    const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${s.extensionId}/`));
    expect(ours.some((v) => v.runningStatus === 'stopped')).toBe(true);

    const ext = await openExtensionPage(s, 'popup.html');
    const posts = await waitFor(
      async () => {
        const rows = await readStore<{ postId: string }>(ext, 'posts');
        return rows.length === RESPONSES * PER_RESPONSE && rows;
      },
      'every post stored',
      30_000,
    );
    expect(new Set(posts.map((p) => p.postId)).size).toBe(RESPONSES * PER_RESPONSE);
    // One snapshot per post: retried batches did not double the history.
    expect((await readStore(ext, 'postSnapshots')).length).toBe(RESPONSES * PER_RESPONSE);
    await Promise.all([tab.close(), ext.close()]);
  });
});
