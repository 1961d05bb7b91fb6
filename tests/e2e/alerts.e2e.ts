import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entry, tweet, userTweets } from '../fixtures/x/graphql';
import { launch, openExtensionPage, readStore, seedStores, serve, waitFor, type Session } from './harness';

const H = 3_600_000;
let s: Session;
beforeAll(async () => {
  s = await launch({ lang: 'en-US' });
});
afterAll(async () => {
  await s?.close();
});

describe('breakout alerts (Chromium)', () => {
  it("notifies once when a watched competitor's new post runs far above its usual pace", async () => {
    const now = Date.now();
    const ext = await openExtensionPage(s, 'popup.html');
    await ext.waitForSelector('textarea');
    // History: six earlier posts of @KopiKita, each seen at 1 h and 12 h of age (≈ 10–15 engagement at 6 h).
    const posts: object[] = [];
    const postSnapshots: object[] = [];
    for (let i = 0; i < 6; i++) {
      const created = now - (10 - i) * 24 * H;
      const id = String(1_950_000_000_000_000_000n + BigInt(i));
      posts.push({
        platform: 'x',
        postId: id,
        url: `https://x.com/KopiKita/status/${id}`,
        authorHandle: 'KopiKita',
        authorKey: 'kopikita',
        createdAt: new Date(created).toISOString(),
        text: `old ${i}`,
        hashtags: [],
        metrics: { likes: 2 * (10 + i) },
        firstSeenAt: created + H,
        lastSeenAt: created + 12 * H,
        lastSnapshotAt: created + 12 * H,
      });
      postSnapshots.push({ platform: 'x', postId: id, capturedAt: created + H, metrics: { likes: 0 } });
      postSnapshots.push({ platform: 'x', postId: id, capturedAt: created + 12 * H, metrics: { likes: 2 * (10 + i) } });
    }
    await seedStores(ext, {
      posts,
      postSnapshots,
      profileSnapshots: [{ platform: 'x', handle: 'kopikita', capturedAt: now - 20 * 24 * H, followers: 1000 }],
      accounts: [{ platform: 'x', handle: 'kopikita', displayHandle: 'KopiKita', role: 'competitor', addedAt: now - 30 * 24 * H }],
    });

    // A new post, 6 h old, with 400 engagement, seen on X.
    const created = new Date(now - 6 * H);
    const twitterDate = created.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 +0000 $4');
    const fresh = tweet({
      id: '1960000000000000001',
      author: { handle: 'KopiKita', followers: 1000 },
      createdAt: twitterDate,
      likes: 400,
      replies: 0,
      reposts: 0,
      quotes: 0,
    });
    const page = await s.browser.newPage();
    await serve(page, (url) => {
      if (url === 'https://x.com/KopiKita')
        return {
          body: `<!doctype html><html lang="en"><body><script>fetch('/i/api/graphql/q/UserTweets?variables=%7B%7D')</script></body></html>`,
        };
      if (url.includes('/UserTweets?')) return { body: JSON.stringify(userTweets([entry(fresh)])), contentType: 'application/json' };
      return undefined;
    });
    await page.goto('https://x.com/KopiKita');

    const ids = await waitFor(async () => {
      const all = await ext.evaluate(() => chrome.notifications.getAll());
      return Object.keys(all).length ? Object.keys(all) : undefined;
    }, 'a breakout notification');
    expect(ids).toEqual(['breakout:x:1960000000000000001']);
    const row = (await readStore<{ postId: string; breakoutAlertedAt?: number }>(ext, 'posts')).find(
      (p) => p.postId === '1960000000000000001',
    );
    expect(row?.breakoutAlertedAt).toBeGreaterThan(0);
    await Promise.all([page.close(), ext.close()]);
  });
});
