/**
 * E2E harness: Debian's Chromium with the built extension, pages served at their real URLs by
 * request interception (nothing leaves the machine), and state read from an extension page.
 * See ../shared/TOOLCHAIN.md for why: no worker() handles, poll chrome.runtime.id, etc.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const SCREENSHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
export const REALDATA = join(ROOT, '..', 'shared', 'realdata');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  browser: Browser;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

/**
 * The zone the browser runs in. Set for the whole browser process (TZ), so the service worker, its
 * alarms and every extension page agree, unlike page.emulateTimezone, which reaches one page only.
 * PANTAU_E2E_TZ runs the whole suite in another zone.
 */
export const E2E_TIME_ZONE = process.env.PANTAU_E2E_TZ || 'UTC';

/** Chromium with the built extension loaded; `extension: false` gives the same browser without it (a bench baseline). */
export async function launch(opts: { lang?: string; userDataDir?: string; extension?: boolean; timeZone?: string } = {}): Promise<Session> {
  const withExtension = opts.extension !== false;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build first: npm run build');
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'pantau-e2e-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    enableExtensions: true,
    args: [
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      `--user-data-dir=${userDataDir}`,
      ...(opts.lang ? [`--lang=${opts.lang}`, `--accept-lang=${opts.lang}`] : []),
    ],
    env: { ...process.env, TZ: opts.timeZone ?? E2E_TIME_ZONE, ...(opts.lang ? { LANGUAGE: opts.lang, LANG: `${opts.lang}.UTF-8` } : {}) },
  });
  const worker = withExtension
    ? await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 })
    : undefined;
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    browser,
    extensionId,
    userDataDir,
    async close() {
      await browser.close();
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface Route {
  body: string | Buffer;
  contentType?: string;
  status?: number;
}

/** Answer requests from a route table; everything else that is not ours is aborted. */
export async function serve(page: Page, routes: Record<string, Route> | ((url: string) => Route | undefined)): Promise<string[]> {
  const seen: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    const url = req.url();
    seen.push(url);
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return void req.continue();
    const route = typeof routes === 'function' ? routes(url) : (routes[url] ?? routes[url.split('?')[0]!]);
    if (!route) return void req.abort('blockedbyclient');
    void req.respond({
      status: route.status ?? 200,
      contentType: route.contentType ?? 'text/html; charset=utf-8',
      headers: { 'access-control-allow-origin': '*' },
      body: route.body,
    });
  });
  return seen;
}

/** An extension page as a tab (popup.html, sidepanel.html). */
export async function openExtensionPage(s: Session, path: string, viewport = { width: 400, height: 640 }): Promise<Page> {
  const page = await s.browser.newPage();
  await page.setViewport(viewport);
  await page.goto(`chrome-extension://${s.extensionId}/${path}`);
  await page.waitForFunction(() => Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id));
  return page;
}

/** Send a typed protocol message as an extension page does (@webext-core/messaging wire format). */
export async function sendFromExtension<T = unknown>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(
    (type, data) => chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }),
    type,
    data as never,
  );
  return (reply as { res: T }).res;
}

/** Test seeding only: put rows straight into the extension's database (the product writes via the background). */
export async function seedStores(page: Page, rows: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pantau');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(rows), 'readwrite');
          for (const [store, items] of Object.entries(rows)) for (const item of items as unknown[]) tx.objectStore(store).put(item);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows as never,
  );
}

/** Read a whole object store of the extension's database, from an extension page. */
export async function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('pantau');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            return resolve([]);
          }
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

export async function waitFor<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // A background tab produces no frames in headless Chromium: a screenshot would wait forever.
  await page.bringToFront();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path as `${string}.png`, fullPage });
  return path;
}

/** A fresh browser whose database holds the seeded 30-day dataset (tests/fixtures/seed.ts). */
/**
 * A browser whose stores hold `seed(now, timeZone)`: the test chooses the instant (now, once) and the
 * zone, and the seed places every row relative to them, so what it expects holds at any hour.
 */
export async function launchSeeded(
  lang: string,
  seed: (now: number, timeZone: string) => Record<string, unknown[]>,
  { timeZone = E2E_TIME_ZONE, now = Date.now() }: { timeZone?: string; now?: number } = {},
): Promise<Session> {
  const s = await launch({ lang, timeZone });
  const page = await openExtensionPage(s, 'popup.html');
  await page.waitForSelector('textarea');
  await seedStores(page, seed(now, timeZone));
  await page.close();
  return s;
}

/** x.com/XDevelopers answered like X's web client: the profile page, UserTweets and UserByScreenName. */
export async function serveXProfile(page: Page, profileHtml: string): Promise<void> {
  await serve(page, (url) => {
    if (url === 'https://x.com/XDevelopers') return { body: profileHtml };
    if (url.includes('/UserTweets?'))
      return { body: readFileSync(join(REALDATA, 'x/graphql-2026/user-tweets.json')), contentType: 'application/json' };
    if (url.includes('/UserByScreenName?'))
      return { body: readFileSync(join(REALDATA, 'x/graphql-2026/user-by-screen-name.json')), contentType: 'application/json' };
    return undefined;
  });
}

/** A 1×1 PNG, base64. */
export const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Attach a small PNG to a draft through the background, as the composer's image picker does. */
export async function attachPng(page: Page, draftId: string, png = TINY_PNG): Promise<{ ok: boolean }> {
  return sendFromExtension<{ ok: boolean }>(page, 'attachMedia', {
    draftId,
    name: 'menu.png',
    type: 'image/png',
    dataUrl: `data:image/png;base64,${png}`,
  });
}
