import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { article, page as xPage } from '../fixtures/x/dom';
import { entry, tweet, userTweets } from '../fixtures/x/graphql';
import { seedDataset } from '../fixtures/seed';
import { launchSeeded, openExtensionPage, readStore, seedStores, serve, waitFor, type Session } from './harness';

const H = 3_600_000;
let s: Session;
beforeAll(async () => {
  s = await launchSeeded('en-US', seedDataset);
});
afterAll(async () => {
  await s?.close();
});

/** Flip a Settings switch and wait until the background's storage holds the new value. */
async function setSwitch(options: Page, key: 'badges' | 'breakoutAlerts', on: boolean) {
  await options.bringToFront();
  const sel = `input[data-setting="${key}"]`;
  await options.waitForSelector(sel);
  if ((await options.$eval(sel, (e) => (e as HTMLInputElement).checked)) !== on) await options.click(sel);
  await waitFor(
    () =>
      options
        .evaluate((k) => chrome.storage.local.get('settings').then((r) => (r.settings as Record<string, unknown>)?.[k]), key)
        .then((v) => v === on),
    `${key} ${on ? 'on' : 'off'}`,
  );
}

describe('Settings switches', () => {
  it('badges off: no badge is served on the platform page; on again: it is', async () => {
    const options = await openExtensionPage(s, 'options.html', { width: 400, height: 900 });
    await setSwitch(options, 'badges', false);
    const post = article({
      handle: 'kopi_a',
      id: '1800000000000000905',
      text: 'Hari ke-5 #kopi #promo',
      groupLabel: '10 replies, 10 reposts, 80 likes',
    });
    const visit = async () => {
      const x = await s.browser.newPage();
      await serve(x, (url) => (url.startsWith('https://x.com/') ? { body: xPage('en', post) } : undefined));
      await x.goto('https://x.com/kopi_a');
      return x;
    };
    const off = await visit();
    // The post is read (capture is on), but no badge comes back for it.
    await waitFor(
      async () => (await readStore<{ postId: string }>(options, 'posts')).some((p) => p.postId === '1800000000000000905'),
      'post read',
    );
    await new Promise((r) => setTimeout(r, 2500));
    expect(await off.$('pantau-badge')).toBeNull();
    await off.close();

    await setSwitch(options, 'badges', true);
    const on = await visit();
    expect(await on.waitForSelector('pantau-badge[data-post-id="1800000000000000905"]', { timeout: 10_000 })).not.toBeNull();
    await Promise.all([on.close(), options.close()]);
  });

  it("alerts off: a competitor's breakout brings no notification; on again: it does", async () => {
    const now = Date.now();
    const options = await openExtensionPage(s, 'options.html', { width: 400, height: 900 });
    await options.waitForSelector('input[data-setting="breakoutAlerts"]');
    // Six earlier posts of @KopiKita seen at 1 h and 12 h (as in alerts.e2e.ts), then a new one far above them.
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
    await seedStores(options, {
      posts,
      postSnapshots,
      profileSnapshots: [{ platform: 'x', handle: 'kopikita', capturedAt: now - 20 * 24 * H, followers: 1000 }],
      accounts: [{ platform: 'x', handle: 'kopikita', displayHandle: 'KopiKita', role: 'competitor', addedAt: now - 30 * 24 * H }],
    });
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
    const visit = async () => {
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
      return page;
    };
    const notifications = () => options.evaluate(() => chrome.notifications.getAll()).then((all) => Object.keys(all));

    await setSwitch(options, 'breakoutAlerts', false);
    const off = await visit();
    await waitFor(
      async () => (await readStore<{ postId: string }>(options, 'posts')).some((p) => p.postId === '1960000000000000001'),
      'post stored',
    );
    await new Promise((r) => setTimeout(r, 2500));
    expect(await notifications()).toEqual([]);
    const row = (await readStore<{ postId: string; breakoutAlertedAt?: number }>(options, 'posts')).find(
      (p) => p.postId === '1960000000000000001',
    );
    expect(row?.breakoutAlertedAt).toBeUndefined();
    await off.close();

    // The same post seen again with alerts on: now it notifies (the switch was what held it back).
    await setSwitch(options, 'breakoutAlerts', true);
    const on = await visit();
    expect(await waitFor(async () => ((await notifications()).length ? notifications() : undefined), 'a notification')).toEqual([
      'breakout:x:1960000000000000001',
    ]);
    await Promise.all([on.close(), options.close()]);
  });
});

describe('a language change shows live in every open page', () => {
  it('choosing Bahasa Indonesia in Settings turns the open side panel and popup Indonesian, without a reload, and back', async () => {
    const panel = await openExtensionPage(s, 'sidepanel.html', { width: 400, height: 800 });
    const popup = await openExtensionPage(s, 'popup.html', { width: 400, height: 600 });
    const options = await openExtensionPage(s, 'options.html', { width: 400, height: 900 });
    await panel.waitForSelector('[data-tab="posts"]');
    await popup.waitForSelector('[data-action="post-on-x"]');
    expect(await panel.$eval('[data-tab="posts"]', (e) => e.textContent)).toBe('Posts');
    // A mark on each page's window: a reload would wipe it.
    for (const p of [panel, popup]) await p.evaluate(() => ((window as unknown as { mark: number }).mark = 1));

    await options.bringToFront();
    await options.select('select[data-setting="language"]', 'id');
    // The panel and popup are behind the Settings page: they get no animation frames, so poll by time.
    await panel.waitForFunction(() => document.querySelector('[data-tab="posts"]')?.textContent === 'Postingan', {
      timeout: 10_000,
      polling: 100,
    });
    expect(await panel.$eval('[data-tab="insights"]', (e) => e.textContent)).toBe('Wawasan');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('id');
    await popup.waitForFunction(() => document.querySelector('[data-action="post-on-x"]')?.textContent === 'Posting di X', {
      timeout: 10_000,
      polling: 100,
    });
    // The Settings page itself, too.
    await options.waitForFunction(
      () => document.querySelector('[data-testid="alert-switches"] h2')?.textContent === 'Peringatan dan lencana',
    );
    for (const p of [panel, popup]) expect(await p.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);

    await options.select('select[data-setting="language"]', 'en');
    await panel.waitForFunction(() => document.querySelector('[data-tab="posts"]')?.textContent === 'Posts', {
      timeout: 10_000,
      polling: 100,
    });
    expect(await panel.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);
    await options.select('select[data-setting="language"]', 'auto');
    await Promise.all([panel.close(), popup.close(), options.close()]);
  });
});
