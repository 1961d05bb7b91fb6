import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entry, tweet, USER_TWEETS_URL, userTweets } from '../fixtures/x/graphql';
import { RealPds } from '../helpers/pds';
import { launch, openExtensionPage, readStore, seedStores, sendFromExtension, serve, waitFor, type Session } from './harness';
import { postRow } from '../helpers/rows';

/**
 * The host page is hostile. It can run any script in the page's MAIN world, see and forge the
 * bridge messages the hook sends, and flood them. These tests play that page.
 */
const XSS = '<img src=x onerror="document.title=\'pwned\';window.__xss=1"> klik javascript:alert(1) <script>window.__xss=2</script>';
const hostile = () =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head><body><main>hostile</main></body></html>`;

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

type Health = { platform: string; messagesDropped?: number; postsParsed: number };

describe('a hostile host page', () => {
  it("cannot reach privileged messages; forged, oversized and flooded bridge messages write nothing but its own platform's posts", async () => {
    const ext = await openExtensionPage(s, 'popup.html');
    const draft = await sendFromExtension<{ ok: boolean; id: string }>(ext, 'saveDraft', { text: 'mine', platforms: ['x'] });
    expect(draft.ok).toBe(true);
    const settingsBefore = await ext.evaluate(() => chrome.storage.local.get(null));

    const page = await s.browser.newPage();
    await serve(page, { 'https://x.com/home': { body: hostile() } });
    await page.goto('https://x.com/home');
    await page.waitForFunction(() => true);

    // 1. The page has no channel to the extension's privileged messages.
    const direct = await page.evaluate(async (id) => {
      const rt = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
      if (!rt?.sendMessage) return 'no chrome.runtime';
      try {
        await rt.sendMessage(id, { id: 1, type: 'saveDraft', data: { text: 'evil', platforms: ['x'] }, timestamp: Date.now() });
        return 'sent';
      } catch (err) {
        return `refused: ${String(err).slice(0, 60)}`;
      }
    }, s.extensionId);
    expect(direct).not.toBe('sent');

    // 2. Forged bridge messages shaped like privileged calls, for other platforms, and malformed.
    await page.evaluate(() => {
      const src = 'pantau:network/v1';
      const forged = [
        {
          source: src,
          url: 'https://x.com/i/api/graphql/a/UserTweets',
          body: JSON.stringify({ type: 'saveDraft', data: { text: 'evil', platforms: ['x'] } }),
        },
        {
          source: src,
          url: 'https://x.com/i/api/graphql/a/UserTweets',
          body: JSON.stringify({ type: 'setAccountRole', data: { platform: 'x', handle: 'evil', role: 'own' } }),
        },
        { source: src, url: 'https://bsky.app/xrpc/app.bsky.feed.getAuthorFeed', body: '{"feed":[]}' },
        { source: src, url: 12, body: null },
        { source: src, url: 'https://x.com/i/api/graphql/a/UserTweets', body: 'x'.repeat(16 * 1024 * 1024 + 1) }, // oversized
      ];
      for (const m of forged) window.postMessage(m, '*');
      document.dispatchEvent(new CustomEvent('pantau', { detail: { type: 'saveDraft', data: { text: 'evil' } } }));
    });

    // 3. A flood: 10,000 messages as fast as the page can post them.
    const flood = await page.evaluate(() => {
      const started = performance.now();
      for (let i = 0; i < 10_000; i++)
        window.postMessage({ source: 'pantau:network/v1', url: 'https://x.com/i/api/graphql/a/UserTweets', body: '{}' }, '*');
      return performance.now() - started;
    });
    // The page stays responsive: a round trip right after the flood is quick.
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(flood).toBeLessThan(5000);

    const health = await waitFor(
      async () => {
        const x = (await readStore<Health>(ext, 'health')).find((h) => h.platform === 'x');
        return x && (x.messagesDropped ?? 0) >= 9_000 && x;
      },
      'dropped messages counted',
      15_000,
    );
    // At most 50 a second pass the rate limit; the rest, the malformed and the oversized are dropped and counted.
    expect(health.messagesDropped).toBeGreaterThanOrEqual(10_000 + 2 - 50 * 3);
    // The worker is not frozen: a privileged round trip still answers at once.
    const t1 = Date.now();
    expect(await sendFromExtension(ext, 'getConnections', {})).toEqual({ ok: true });
    expect(Date.now() - t1).toBeLessThan(2000);

    // Nothing privileged changed.
    const drafts = await readStore<{ text: string }>(ext, 'drafts');
    expect(drafts.map((d) => d.text)).toEqual(['mine']);
    expect(await readStore(ext, 'accounts')).toEqual([]);
    expect(await readStore(ext, 'secrets')).toEqual([]);
    expect(await readStore(ext, 'posts')).toEqual([]);
    const settingsAfter = await ext.evaluate(() => chrome.storage.local.get(null));
    expect(settingsAfter).toEqual(settingsBefore);
    await Promise.all([page.close(), ext.close()]);
  });

  it('captured text is rendered as text: no markup executes and only http(s) links are clickable', async () => {
    const page = await s.browser.newPage();
    const author = { handle: 'KopiKita', followers: 5000 };
    await serve(page, {
      'https://x.com/KopiKita': {
        body: `<!doctype html><html><head><title>X</title></head><body><script>
          fetch(${JSON.stringify(USER_TWEETS_URL)}).then((r) => r.json());
        </script></body></html>`,
      },
      [USER_TWEETS_URL]: {
        body: JSON.stringify(userTweets([entry(tweet({ id: '7001', author, text: XSS, hashtags: ['kopi'] }), 'tweet-7001')])),
        contentType: 'application/json',
      },
    });
    await page.goto('https://x.com/KopiKita');
    const ext = await openExtensionPage(s, 'popup.html');
    const post = await waitFor(
      async () => (await readStore<{ postId: string; text: string }>(ext, 'posts')).find((p) => p.postId === '7001'),
      'the post',
    );
    expect(post.text).toContain('<img src=x onerror=');
    await sendFromExtension(ext, 'setAccountRole', { platform: 'x', handle: 'KopiKita', role: 'competitor' });

    for (const path of ['sidepanel.html', 'popup.html']) {
      const view = await openExtensionPage(s, path, { width: 420, height: 900 });
      if (path === 'sidepanel.html') {
        await view.waitForSelector('.post-text');
        const shown = await view.$$eval('.post-text', (els) => els.map((e) => e.textContent ?? ''));
        expect(shown.some((t) => t.includes('<img src=x onerror='))).toBe(true); // visible, as text
      }
      await new Promise((r) => setTimeout(r, 300));
      const result = await view.evaluate(() => ({
        title: document.title,
        xss: (window as unknown as { __xss?: number }).__xss,
        imgs: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
        links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      }));
      expect(result.title).not.toBe('pwned');
      expect(result.xss).toBeUndefined();
      expect(result.imgs).toBe(0);
      expect(result.scripts).toBe(0);
      for (const href of result.links) expect(href).toMatch(/^(https?:|chrome-extension:)/);
      await view.close();
    }
    // The page itself: the badge is in a shadow root with numbers only.
    expect(await page.evaluate(() => document.title)).not.toBe('pwned');
    await Promise.all([page.close(), ext.close()]);
  });
});

describe('storage pressure', () => {
  it('says storage is full, and "Free up space" prunes unwatched posts and clears the warning', async () => {
    const ext = await openExtensionPage(s, 'sidepanel.html', { width: 420, height: 700 });
    const old = Date.now() - 5 * 86_400_000;
    const row = (id: string, author: string) => postRow(id, author, old, { text: 'lama', metrics: { likes: 1 } });
    await seedStores(ext, { posts: [row('9001', 'Unwatched'), row('9002', 'Unwatched')] });
    await ext.evaluate(() => chrome.storage.local.set({ storageFullAt: Date.now() }));
    const banner = await ext.waitForSelector('[data-testid="storage-full"]');
    expect(await banner!.evaluate((e) => e.textContent)).toMatch(/storage is full/);
    await ext.click('[data-action="free-up-space"]');
    await waitFor(async () => !(await ext.$('[data-testid="storage-full"]')), 'the warning to clear');
    expect((await readStore<{ postId: string }>(ext, 'posts')).filter((p) => p.postId.startsWith('900'))).toEqual([]);
    await ext.close();
  });
});

describe('secrets', () => {
  it('a content script (the page side) cannot read posting credentials', async () => {
    const pds = await RealPds.start();
    try {
      const ext = await openExtensionPage(s, 'options.html');
      const res = await sendFromExtension<{ ok: boolean }>(ext, 'connect', {
        target: 'bluesky',
        fields: { service: pds.origin, identifier: pds.poster.handle, password: pds.poster.appPassword },
      });
      expect(res.ok).toBe(true);
      const secrets = await readStore<{ key: string; value: { accessJwt: string } }>(ext, 'secrets');
      expect(secrets.map((r) => r.key)).toEqual(['bluesky']);
      const token = secrets[0]!.value.accessJwt;

      // Evaluate inside Pantau's own content-script world on x.com, through CDP.
      const page = await s.browser.newPage();
      const cdp = await page.createCDPSession();
      const contexts: Array<{ id: number; origin: string; name: string; auxData?: { type?: string } }> = [];
      cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
      await cdp.send('Runtime.enable');
      await serve(page, { 'https://x.com/home': { body: hostile() } });
      await page.goto('https://x.com/home');
      const world = await waitFor(
        async () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(s.extensionId)),
        "Pantau's content-script world",
      );
      const evaluate = async (expression: string) =>
        (
          (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
            result: { value?: unknown };
          }
        ).result.value;
      // storage.local (settings, the composer's text, hashtag sets) is closed to content scripts
      // (TRUSTED_CONTEXTS): they can neither read it nor write it, and it holds no token anyway.
      expect(await evaluate('chrome.storage.local.get(null).then(() => "readable", (e) => "refused: " + e.message)')).toMatch(/^refused/);
      expect(
        await evaluate(
          'chrome.storage.local.set({ settings: { retentionDays: 1 } }).then(() => "written", (e) => "refused: " + e.message)',
        ),
      ).toMatch(/^refused/);
      expect(JSON.stringify(await ext.evaluate(() => chrome.storage.local.get(null)))).not.toContain(token);
      // storage.session is closed to content scripts.
      expect(await evaluate('chrome.storage.session.get(null).then(() => "readable", (e) => "refused: " + e.message)')).toMatch(/^refused/);
      // The extension's IndexedDB is out of reach: a content script's indexedDB is the page's.
      expect(
        await evaluate(
          `new Promise((r) => { const o = indexedDB.open('pantau'); o.onsuccess = () => r([...o.result.objectStoreNames]); o.onerror = () => r('error'); })`,
        ),
      ).toEqual([]);
      await Promise.all([page.close(), ext.close()]);
    } finally {
      await pds.stop();
    }
  });
});
