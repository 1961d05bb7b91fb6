/**
 * Capture a specialist can see (issue 12), in Chromium with the built extension: the "This page"
 * inspector on a served x.com profile and a YouTube channel whose second page is a continuation
 * (every post kept), a page whose response lacks authors (skips and a coverage warning), the
 * sanitised problem report, and HAR import: a HAR recorded from these pages stores the same rows
 * browsing did, and a damaged HAR changes nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profilePage } from '../fixtures/x/pages';
import { launch, openExtensionPage, readStore, REALDATA, screenshot, serve, waitFor, type Session } from './harness';

type Post = {
  platform: string;
  postId: string;
  authorHandle: string;
  createdAt: string;
  createdAtPrecision?: string;
  metrics: Record<string, number>;
  text: string;
  url: string;
};
type Profile = { platform: string; handle: string; followers?: number };

const real = (p: string) => readFileSync(join(REALDATA, p), 'utf8');
const inline = (json: string) => json.replace(/</g, '\\u003c');

/** The real @creativecommons Videos tab as its next page arrives: its lockups, without what names the channel. */
function continuation(): { body: string; ids: string[] } {
  const page1 = JSON.parse(real('youtube/browse-channel-videos-lockup.json')) as Record<string, unknown>;
  const items: unknown[] = [];
  const ids: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ('richItemRenderer' in v) {
        items.push(v);
        const id = JSON.stringify(v).match(/"contentId":"([\w-]{11})"/)?.[1];
        if (id) ids.push(id);
      } else Object.values(v).forEach(walk);
    }
  };
  walk(page1.contents);
  return {
    ids,
    body: JSON.stringify({
      responseContext: page1.responseContext,
      onResponseReceivedActions: [{ appendContinuationItemsAction: { continuationItems: items, targetId: 'browse-feed' } }],
    }),
  };
}
const next = continuation();

/** A page whose app fetches one continuation of the Videos tab; on a channel page, or on one that is not. */
const youtubePage = (initial?: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>YouTube</title></head>
<body><main id="app">Loading…</main>
${initial ? `<script>var ytInitialData = ${inline(initial)};</script>` : ''}
<script>setTimeout(async () => { await fetch('/youtubei/v1/browse?prettyPrint=false', { method: 'POST', body: '{"continuation":"x"}' }); document.getElementById('app').textContent = 'Loaded'; }, 200);</script>
</body></html>`;

interface Recorded {
  pages: Array<{ id: string; title: string; startedDateTime: string }>;
  entries: unknown[];
}
/** Record what a page loaded as Chrome's "Save all as HAR (with content)" would: page, entries, bodies. */
function record(page: Page, har: Recorded, id: string, pageUrl: string) {
  har.pages.push({ id, title: pageUrl, startedDateTime: new Date().toISOString() });
  page.on('response', (res) => {
    const url = res.url();
    if (url.startsWith('chrome-extension://')) return;
    const startedDateTime = new Date().toISOString();
    void res
      .buffer()
      .then((buf) => {
        har.entries.push({
          pageref: id,
          startedDateTime,
          request: { method: res.request().method(), url, headers: [{ name: 'Cookie', value: 'auth_token=SECRET' }], cookies: [] },
          response: {
            status: res.status(),
            headers: [],
            content: { mimeType: res.headers()['content-type'] ?? '', text: buf.toString('base64'), encoding: 'base64' },
          },
        });
      })
      .catch(() => undefined);
  });
}

const xRoutes = (url: string) => {
  if (url === 'https://x.com/XDevelopers') return { body: profilePage('XDevelopers') };
  if (url.startsWith('https://x.com/i/api/graphql/qTweets/UserTweets?'))
    return { body: real('x/graphql-2026/user-tweets.json'), contentType: 'application/json' };
  if (url.startsWith('https://x.com/i/api/graphql/qUser/UserByScreenName?'))
    return { body: real('x/graphql-2026/user-by-screen-name.json'), contentType: 'application/json' };
  return undefined;
};

/** The side panel in a window of its own, so the platform page stays the active tab of the first window. */
async function openPanel(s: Session, width = 400): Promise<Page> {
  const opener = await openExtensionPage(s, 'popup.html');
  await opener.evaluate((w) => void chrome.windows.create({ url: 'sidepanel.html', width: w, height: 900, focused: false }), width);
  const target = await s.browser.waitForTarget((t) => t.url().endsWith('/sidepanel.html'), { timeout: 10_000 });
  const panel = (await target.page())!;
  await panel.setViewport({ width, height: 900 });
  await panel.waitForSelector('[data-tab="inspector"]');
  await opener.close();
  return panel;
}

/**
 * A screenshot of the panel: it is brought to front for one (headless draws only the front page),
 * and the inspector then reads the tab active in the other window, so no blank start-up tab may
 * be left there (closed at launch).
 */
const shoot = async (page: Page, name: string) => {
  await screenshot(page, name, true);
};
const closeBlank = async (session: Session) => {
  for (const p of await session.browser.pages()) if (p.url() === 'about:blank') await p.close();
};

let s: Session;
let panel: Page;
/** The platform tab of the previous test: closed, so the next page is the only one beside the panel. */
let previous: Page | undefined;
const only = async (page: Page) => {
  await previous?.close();
  previous = page;
};
const har: Recorded = { pages: [], entries: [] };
beforeAll(async () => {
  s = await launch();
  await closeBlank(s);
});
afterAll(async () => {
  await s?.close();
});

describe('"This page" inspector', () => {
  it('x.com profile: the responses read, every post kept (coverage 100 %), the posts linked', async () => {
    const page = await s.browser.newPage();
    previous = page;
    await serve(page, xRoutes);
    record(page, har, 'page_x', 'https://x.com/XDevelopers');
    await page.goto('https://x.com/XDevelopers');
    await page.waitForFunction(() => document.getElementById('app')?.textContent?.startsWith('Loaded'));
    panel = await openPanel(s);
    await page.bringToFront();
    await panel.click('[data-tab="inspector"]');
    await panel.waitForSelector('[data-testid="inspector-posts"] li');
    const coverage = await waitFor(
      () => panel.$eval('[data-testid="inspector-coverage"]', (el) => el.getAttribute('data-coverage')),
      'coverage',
    );
    expect(Number(coverage)).toBe(1);
    const endpoints = await panel.$$eval('[data-testid="inspector-responses"] li', (els) =>
      els.map((e) => e.getAttribute('data-endpoint')),
    );
    // (The fixture's query id is a short 'qTweets'; X's real 22-character ids read as ':id'.)
    expect(endpoints).toContain('/i/api/graphql/qTweets/UserTweets');
    expect(endpoints.join(' ')).not.toContain('XDevelopers');
    const links = await panel.$$eval('[data-testid="inspector-posts"] a', (els) => els.map((e) => (e as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(5);
    expect(links.every((l) => /^https:\/\/x\.com\/\w+\/status\/\d+$/.test(l))).toBe(true);
    expect(links.filter((l) => l.includes('/XDevelopers/status/')).length).toBeGreaterThan(5);
    expect(await panel.$eval('[data-testid="inspector-profiles"]', (e) => e.textContent)).toContain('@XDevelopers');
    await shoot(panel, 'inspector-x-en');
  });

  it('YouTube channel: the next page of videos (a continuation naming no channel) is kept, coverage 100 %', async () => {
    const page = await s.browser.newPage();
    await only(page);
    await serve(page, (url) => {
      if (url === 'https://www.youtube.com/@creativecommons/videos')
        return { body: youtubePage(real('youtube/browse-channel-videos-lockup.json')) };
      if (url.startsWith('https://www.youtube.com/youtubei/v1/browse')) return { body: next.body, contentType: 'application/json' };
      return undefined;
    });
    record(page, har, 'page_yt', 'https://www.youtube.com/@creativecommons/videos');
    await page.goto('https://www.youtube.com/@creativecommons/videos');
    await page.waitForFunction(() => document.getElementById('app')?.textContent === 'Loaded');
    await page.bringToFront();
    const browse = await waitFor(
      () =>
        panel.$$eval('[data-testid="inspector-responses"] li', (els) =>
          els.map((e) => [e.getAttribute('data-endpoint'), e.textContent] as const).find(([ep]) => ep === '/youtubei/v1/browse'),
        ),
      'the continuation in the inspector',
    );
    expect(browse[1]).toContain(`${next.ids.length} of ${next.ids.length} kept`);
    expect(Number(await panel.$eval('[data-testid="inspector-coverage"]', (el) => el.getAttribute('data-coverage')))).toBe(1);
    const stored = await waitFor(async () => {
      const rows = (await readStore<Post>(panel, 'posts')).filter((p) => next.ids.includes(p.postId));
      return rows.length === next.ids.length && rows;
    }, 'every continuation video stored');
    expect(new Set(stored.map((p) => p.authorHandle))).toEqual(new Set(['creativecommons']));
    await shoot(panel, 'inspector-youtube-en');
  });

  it('a page whose response lacks authors: the skips with their reason, and a coverage warning', async () => {
    const page = await s.browser.newPage();
    await only(page);
    await serve(page, (url) => {
      // A watch page is a video, not a channel: the continuation's items have no author to take.
      if (url === 'https://www.youtube.com/watch?v=BD-LB23rRBE') return { body: youtubePage() };
      if (url.startsWith('https://www.youtube.com/youtubei/v1/browse')) return { body: next.body, contentType: 'application/json' };
      return undefined;
    });
    await page.goto('https://www.youtube.com/watch?v=BD-LB23rRBE');
    await page.waitForFunction(() => document.getElementById('app')?.textContent === 'Loaded');
    await page.bringToFront();
    const skips = await waitFor(() => panel.$eval('[data-testid="inspector-skips"]', (e) => e.textContent), 'the skips');
    expect(skips).toContain(`${next.ids.length} without an author`);
    expect(Number(await panel.$eval('[data-testid="inspector-coverage"]', (el) => el.getAttribute('data-coverage')))).toBe(0);
    // Health: today's YouTube coverage fell (kept 30 of 60), so it warns, before anything stops parsing.
    const warning = await waitFor(
      () => panel.$eval('[data-health="youtube"][data-state="coverage"]', (e) => e.textContent),
      'coverage warning',
    );
    expect(warning).toMatch(/YouTube: fewer posts than usual/);
    await shoot(panel, 'inspector-skips-en');
  });

  it('"Report a capture problem" shows the whole file first, and it holds no text, ids, handles or addresses', async () => {
    await panel.click('[data-testid="report-problem"]');
    const text = await panel.$eval('[data-testid="report-json"]', (e) => e.textContent ?? '');
    const report = JSON.parse(text) as {
      platform: string;
      endpoints: Array<{ endpoint: string; skipped: Record<string, number> }>;
      samples: unknown[];
    };
    expect(report.platform).toBe('youtube');
    expect(report.endpoints[0]).toMatchObject({ endpoint: '/youtubei/v1/browse', skipped: { noAuthor: next.ids.length } });
    expect(report.samples.length).toBeGreaterThan(0);
    const posts = await readStore<Post>(panel, 'posts');
    const secrets = [
      ...next.ids,
      'creativecommons',
      'BD-LB23rRBE',
      'youtube.com',
      'watch?v',
      ...posts
        .filter((p) => p.platform === 'youtube')
        .map((p) => p.text)
        .filter((t) => t.length >= 8),
    ];
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
    await shoot(panel, 'inspector-report-en');
  });
});

describe('HAR import', () => {
  let browsed: Post[];
  let harFile: string;
  let fresh: Session;
  let options: Page;
  beforeAll(async () => {
    browsed = (await readStore<Post>(panel, 'posts')).filter(
      (p) => p.platform === 'x' || (p.platform === 'youtube' && next.ids.includes(p.postId)),
    );
    const dir = mkdtempSync(join(tmpdir(), 'pantau-har-'));
    harFile = join(dir, 'browsing.har');
    writeFileSync(
      harFile,
      JSON.stringify({ log: { version: '1.2', creator: { name: 'e2e', version: '1' }, pages: har.pages, entries: har.entries } }),
    );
    writeFileSync(join(dir, 'damaged.har'), readFileSync(harFile, 'utf8').slice(0, 5000));
    fresh = await launch({ lang: 'id' });
    await closeBlank(fresh);
    options = await openExtensionPage(fresh, 'options.html', { width: 400, height: 900 });
    await options.waitForSelector('[data-action="import-har"]');
  });
  afterAll(async () => {
    await fresh?.close();
  });

  it('a HAR recorded from these pages stores the same rows browsing them did, at the entries’ times', async () => {
    const input = await options.$('input[data-action="import-har"]');
    await input!.uploadFile(harFile);
    await options.waitForSelector('[data-testid="har-outcome"]', { timeout: 30_000 });
    const imported = await readStore<Post>(options, 'posts');
    const key = (p: Post) => `${p.platform}:${p.postId}`;
    // A date read from "13 days ago" counts back from when the response came: the entry's time in
    // the HAR, the receipt time when browsing. Both are day-precise; they differ by the seconds between.
    const view = (p: Post) => ({
      authorHandle: p.authorHandle,
      createdAt: p.createdAtPrecision ? 'approximate' : p.createdAt,
      createdAtPrecision: p.createdAtPrecision,
      metrics: p.metrics,
      text: p.text,
      url: p.url,
    });
    const got = new Map(imported.map((p) => [key(p), view(p)]));
    for (const p of browsed) expect(got.get(key(p)), key(p)).toEqual(view(p));
    const byKey = new Map(imported.map((p) => [key(p), p]));
    for (const p of browsed.filter((x) => x.createdAtPrecision))
      expect(Math.abs(Date.parse(byKey.get(key(p))!.createdAt) - Date.parse(p.createdAt))).toBeLessThan(10 * 60_000);
    expect(imported.length).toBe(browsed.length);
    const profiles = await readStore<Profile>(options, 'profileSnapshots');
    expect(profiles.find((p) => p.handle === 'xdevelopers')?.followers).toBeGreaterThan(0);
    // The time series is at the recorded time, not the import's.
    const snaps = await readStore<{ capturedAt: number }>(options, 'postSnapshots');
    const times = new Set((har.entries as Array<{ startedDateTime: string }>).map((e) => Date.parse(e.startedDateTime)));
    expect(snaps.every((x) => times.has(x.capturedAt))).toBe(true);
    const outcome = await options.$eval('[data-testid="har-outcome"]', (e) => e.textContent ?? '');
    expect(outcome).toContain('X:');
    expect(outcome).not.toContain('SECRET');
    await screenshot(options, 'har-import-id', true);
  });

  it('a damaged HAR says so next to the file input, and changes nothing', async () => {
    const before = JSON.stringify((await readStore<Post>(options, 'posts')).sort((a, b) => (a.postId < b.postId ? -1 : 1)));
    const input = await options.$('input[data-action="import-har"]');
    await input!.uploadFile(join(harFile, '..', 'damaged.har'));
    const error = await options.waitForSelector('[data-testid="har-error"]', { timeout: 15_000 });
    expect(await error!.evaluate((e) => e.textContent)).toMatch(/rusak/);
    const after = JSON.stringify((await readStore<Post>(options, 'posts')).sort((a, b) => (a.postId < b.postId ? -1 : 1)));
    expect(after).toBe(before);
    await screenshot(options, 'har-import-error-id', true);
  });

  it('the inspector in Indonesian', async () => {
    const page = await fresh.browser.newPage();
    await serve(page, xRoutes);
    await page.goto('https://x.com/XDevelopers');
    await page.waitForFunction(() => document.getElementById('app')?.textContent?.startsWith('Loaded'));
    const idPanel = await openPanel(fresh);
    await page.bringToFront();
    await idPanel.click('[data-tab="inspector"]');
    await idPanel.waitForSelector('[data-testid="inspector-posts"] li');
    expect(await idPanel.$eval('[data-testid="inspector-coverage"]', (e) => e.textContent)).toMatch(/Cakupan 100\u00a0%/);
    await shoot(idPanel, 'inspector-x-id');
  });
});
