/**
 * The Firefox subset: Pantau's Firefox build (npm run build:firefox) in Debian's Firefox ESR, over
 * WebDriver BiDi. One browser for the file, started the way a user who has not granted site access
 * is: the sidebar asks, the click grants, then capture, the alarm and the composer run for real.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xComposerPage } from '../fixtures/compose/pages';
import { profilePage } from '../fixtures/x/pages';
import { readStore, REALDATA, screenshot, sendFromExtension, serve, waitFor } from '../e2e/harness';
import { FIREFOX_EXTENSION_DIR, launchFirefox, openExtensionPage, type FirefoxSession } from './harness';

type Post = { platform: string; postId: string; authorHandle: string; metrics: Record<string, number>; repostOf?: string };
type Profile = { platform: string; handle: string; followers?: number; following?: number; posts?: number };
type Draft = { id: string; status: string; text: string };

const real = (p: string) => readFileSync(join(REALDATA, p));
/** The sidebar's width in Firefox is the user's to drag; 400 px is the panel width the other screenshots use. */
const SIDEBAR = { width: 400, height: 900 };

let s: FirefoxSession;
let panel: Page;
beforeAll(async () => {
  s = await launchFirefox({ hostAccess: false });
  panel = await openExtensionPage(s, 'sidepanel.html', SIDEBAR);
});
afterAll(async () => {
  await s?.close();
});

const hostGranted = (origins: string[]) => panel.evaluate((o) => chrome.permissions.contains({ origins: o }), origins);

describe('Firefox build', () => {
  it('is MV3 with an event page, the side panel as sidebar_action, a gecko id, and no Chrome-only keys', () => {
    const m = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(3);
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(m.browser_specific_settings.gecko).toMatchObject({ id: 'pantau@pantau.app', strict_min_version: '140.0' });
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.minimum_chrome_version).toBeUndefined();
    // The MAIN-world network hooks are kept (Firefox 128+ runs them).
    expect(m.content_scripts.filter((c: { world?: string }) => c.world === 'MAIN')).toHaveLength(8);
  });
});

describe('Firefox: the popup and the keyboard command', () => {
  it('the popup renders its stats and quick composer, and Alt+Shift+P is registered as "open the composer"', async () => {
    const popup = await openExtensionPage(s, 'popup.html', { width: 380, height: 600 });
    await popup.waitForSelector('textarea');
    await popup.waitForSelector('[data-action="open-panel"]');
    expect(await popup.$eval('[data-stat="stored"] b', (e) => e.textContent)).toBe('0');
    const commands = await popup.evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => [c.name, c.shortcut])).toContainEqual(['open-composer', 'Alt+Shift+P']);
    await popup.close();
  });
});

describe('Firefox: site access', () => {
  it('without host access the sidebar says which sites, and its button grants them all in one click', async () => {
    const prompt = await panel.waitForSelector('[data-testid="host-access"]', { timeout: 10_000 });
    expect(await prompt!.evaluate((e) => e.textContent)).toMatch(/may not read X, LinkedIn, .*Bluesky pages/);
    expect(await panel.$eval('[data-action="grant-host-access"]', (e) => e.textContent)).toBe(
      'Grant access to x.com, linkedin.com and 6 more…',
    );
    expect(await hostGranted(['https://x.com/*'])).toBe(false);
    await screenshot(panel, 'firefox-sidebar-host-access');
    // Without the grant Firefox injects no content script: x.com's fetch stays the page's own.
    const x = await s.browser.newPage();
    await serve(x, { 'https://x.com/home': { body: '<!doctype html><html><body>home</body></html>' } });
    await x.goto('https://x.com/home');
    expect(await x.evaluate(() => String(window.fetch).includes('[native code]'))).toBe(true);
    await x.close();

    await panel.click('[data-action="grant-host-access"]');
    await panel.waitForSelector('[data-testid="host-access"]', { hidden: true, timeout: 10_000 });
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(await hostGranted(manifest.host_permissions)).toBe(true);
  });
});

describe('Firefox: network capture', () => {
  it("every platform's MAIN-world hook runs on its own host (Firefox 128+ content scripts in the page's world)", async () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const hooks = (manifest.content_scripts as Array<{ world?: string; matches: string[] }>).filter((c) => c.world === 'MAIN');
    const page = await s.browser.newPage();
    const homes = hooks.map((c) => c.matches[0]!.replace(/\*$/, ''));
    await serve(page, (url) => (homes.includes(url) ? { body: '<!doctype html><html><body>home</body></html>' } : undefined));
    for (const home of homes) {
      await page.goto(home);
      // The hook replaces fetch and XMLHttpRequest's open with its own wrappers (no longer native code).
      const wrapped = await page.evaluate(() =>
        [String(window.fetch), String(XMLHttpRequest.prototype.open)].map((f) => !f.includes('[native code]')),
      );
      expect([home, ...wrapped]).toEqual([home, true, true]);
    }
    await page.close();
  });

  it('x.com: UserTweets and UserByScreenName from the MAIN-world hook are stored exactly and listed live in the sidebar', async () => {
    const page = await s.browser.newPage();
    await serve(page, (url) => {
      if (url === 'https://x.com/XDevelopers') return { body: profilePage('XDevelopers') };
      if (url.startsWith('https://x.com/i/api/graphql/qTweets/UserTweets?'))
        return { body: real('x/graphql-2026/user-tweets.json'), contentType: 'application/json' };
      if (url.startsWith('https://x.com/i/api/graphql/qUser/UserByScreenName?'))
        return { body: real('x/graphql-2026/user-by-screen-name.json'), contentType: 'application/json' };
      return undefined;
    });
    await page.goto('https://x.com/XDevelopers');
    await page.waitForFunction(() => document.getElementById('app')?.textContent?.startsWith('Loaded'));

    const posts = await waitFor(async () => {
      const rows = await readStore<Post>(panel, 'posts');
      return rows.some((r) => r.postId === '2082640276389249363') && rows;
    }, 'captured X posts');
    const byId = new Map(posts.map((p) => [p.postId, p]));
    expect(byId.get('2019881223666233717')).toMatchObject({
      authorHandle: 'XDevelopers',
      metrics: { likes: 5569, replies: 783, reposts: 832, quotes: 573, bookmarks: 2810, views: 2525462 },
    });
    expect(byId.get('2082640276389249363')!.metrics).toEqual({ likes: 45, replies: 4, reposts: 7, quotes: 1, bookmarks: 14, views: 4346 });
    // The profile came by XMLHttpRequest, which the MAIN-world hook wraps too.
    const profile = await waitFor(
      async () => (await readStore<Profile>(panel, 'profileSnapshots')).find((p) => p.handle === 'xdevelopers' && p.following === 762),
      'the XDevelopers profile (UserByScreenName by XHR)',
    );
    expect(profile).toMatchObject({ followers: 695695, following: 762, posts: 4319 });

    // The open sidebar lists them without a reload, each with its stored counters (whichever posts
    // the list shows first: it renders only what is on screen).
    await panel.bringToFront();
    const shown = await waitFor(async () => {
      const rows = await panel.$$eval('article[data-post-id]', (els) =>
        els.map((e) => [e.getAttribute('data-post-id')!, e.querySelector('[data-metric="likes"]')?.getAttribute('data-value')]),
      );
      const ours = rows.filter(([id]) => byId.get(id!)?.platform === 'x');
      return ours.length > 0 && ours;
    }, 'X posts listed in the sidebar');
    // A repost's card shows its original's counters.
    const likesOf = (id: string) => String(byId.get(byId.get(id)!.repostOf ?? id)!.metrics.likes);
    for (const [id, likes] of shown) expect([id, likes]).toEqual([id, likesOf(id!)]);
    await screenshot(panel, 'firefox-sidebar');
    await page.close();
  });

  it('bsky.app: XRPC getAuthorFeed and getProfiles are stored exactly and shown under Bluesky in the sidebar', async () => {
    const page = await s.browser.newPage();
    await serve(page, (url) => {
      if (url === 'https://bsky.app/profile/chriskenny.bsky.social')
        return {
          body: `<!doctype html><html lang="en"><body><script>
            fetch('https://public.api.bsky.app/xrpc/app.bsky.actor.getProfiles?actors=chriskenny.bsky.social');
            fetch('https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=chriskenny.bsky.social&limit=30');
          </script></body></html>`,
        };
      if (url.includes('/xrpc/app.bsky.feed.getAuthorFeed'))
        return { body: real('bluesky/get-author-feed.json'), contentType: 'application/json' };
      if (url.includes('/xrpc/app.bsky.actor.getProfiles'))
        return { body: real('bluesky/get-profiles.json'), contentType: 'application/json' };
      return undefined;
    });
    await page.goto('https://bsky.app/profile/chriskenny.bsky.social');
    const post = await waitFor(
      async () => (await readStore<Post>(panel, 'posts')).find((p) => p.platform === 'bluesky' && p.postId === '3loagm2phgk2t'),
      'the Bluesky post',
    );
    expect(post.metrics).toEqual({ likes: 3, replies: 0, reposts: 2, quotes: 0 });
    const profile = await waitFor(
      async () => (await readStore<Profile>(panel, 'profileSnapshots')).find((p) => p.handle === 'chriskenny.bsky.social'),
      'the Bluesky profile',
    );
    expect(profile.followers).toBe(554);

    await panel.bringToFront();
    await panel.select('[data-testid="platform-filter"]', 'bluesky');
    await panel.waitForSelector('article[data-post-id="3loagm2phgk2t"]', { timeout: 10_000 });
    expect(await panel.$eval('article[data-post-id="3loagm2phgk2t"] [data-metric="likes"]', (e) => e.getAttribute('data-value'))).toBe('3');
    await screenshot(panel, 'firefox-sidebar-bluesky');
    await page.close();
  });
});

describe('Firefox: scheduling and in-page composing', () => {
  let draftId = '';
  const TEXT = 'Selamat pagi dari Firefox! ☕ #kopi';

  it("a scheduled draft's alarm fires in the event page: the draft becomes due, with its notification", async () => {
    // Headless Firefox has no system alert service: a notification is created and closed at once, so
    // the close of the background's notification is what this page can observe.
    await panel.evaluate(() => {
      const closed: string[] = ((window as unknown as { __closed: string[] }).__closed = []);
      chrome.notifications.onClosed.addListener((id) => void closed.push(id));
    });
    const at = Date.now() + 2500;
    const res = await sendFromExtension<{ ok: boolean; id: string }>(panel, 'scheduleDraft', {
      text: TEXT,
      platforms: ['x'],
      scheduledAt: at,
    });
    expect(res.ok).toBe(true);
    draftId = res.id;
    const alarms = await panel.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => [a.name, Math.round(a.scheduledTime)])).toContainEqual([`draft:${res.id}`, at]);

    const due = await waitFor(
      async () => (await readStore<Draft>(panel, 'drafts')).find((d) => d.id === res.id && d.status === 'due'),
      'the draft to become due',
      15_000,
    );
    expect(due.text).toBe(TEXT);
    // Firefox refuses notification buttons and requireInteraction (create() rejects): the Firefox build
    // leaves them out, so the reminder is created (a click on it is "Post now").
    await waitFor(
      () => panel.evaluate((id) => (window as unknown as { __closed: string[] }).__closed.includes(id), `draft:${res.id}`),
      'the reminder notification',
    );
    await panel.waitForSelector(`[data-testid="attention"] [data-draft-id="${res.id}"]`, { timeout: 10_000 });
  });

  it('"Post now" on the due draft fills the x.com composer in its tab, and never presses Post', async () => {
    expect(draftId).not.toBe('');
    const x = await s.browser.newPage();
    await serve(x, { 'https://x.com/home': { body: xComposerPage() } });
    await x.goto('https://x.com/home');
    await panel.bringToFront();
    await panel.click(`[data-testid="attention"] [data-draft-id="${draftId}"] [data-action="post-now"]`);
    await x.waitForFunction((t) => document.querySelector('[data-testid="tweetTextarea_0"]')?.textContent === t, { timeout: 10_000 }, TEXT);
    expect(await x.evaluate(() => (window as unknown as { __postClicks: number }).__postClicks)).toBe(0);
    await x.close();
  });
});
