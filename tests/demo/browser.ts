/**
 * Loading the demo into a real browser: Chromium with the built extension (tests/e2e/harness.ts),
 * the rows put straight into the extension's IndexedDB from an extension page (the product writes
 * only through the background; a demo, like a test, seeds directly), and extension pages whose
 * clock reads a chosen "now".
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { EXTENSION_DIR, openExtensionPage, sendFromExtension, type Session } from '../e2e/harness';
import type { DemoTables } from './generate';

/**
 * The same browser as launch(), with a window (the live demo on a machine with a display). The
 * harness launches headless only; these flags are its flags.
 */
export async function launchWindowed(userDataDir: string, timeZone?: string): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build first: npm run build');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    defaultViewport: null,
    enableExtensions: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${userDataDir}`,
    ],
    env: { ...process.env, ...(timeZone ? { TZ: timeZone } : {}) },
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 15_000,
  });
  return { browser, extensionId: new URL(worker.url()).host, userDataDir, close: () => browser.close() };
}

/** Pages of this extension whose Date reads `now` (then runs on from there): screenshots of a fixed moment. */
export async function openAt(s: Session, path: string, viewport: { width: number; height: number }, now?: number): Promise<Page> {
  const page = await s.browser.newPage();
  await page.setViewport(viewport);
  // tsx's keepNames helper, which functions evaluated in the page would otherwise call.
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
  if (now !== undefined) await page.evaluateOnNewDocument(fakeClockScript(now));
  await page.goto(`chrome-extension://${s.extensionId}/${path}`);
  await page.waitForFunction(() => Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id));
  return page;
}

/** A script that shifts Date (new Date(), Date.now()) so that it reads `now` when the page starts. */
export function fakeClockScript(now: number): string {
  return `(() => {
    const Real = Date;
    const offset = ${now} - Real.now();
    class DemoDate extends Real {
      constructor(...args) { if (args.length === 0) super(Real.now() + offset); else super(...args); }
      static now() { return Real.now() + offset; }
    }
    globalThis.Date = DemoDate;
  })();`;
}

/** Put every demo row into the extension's database, from an extension page, once the extension has created it. */
export async function seedDemo(s: Session, tables: DemoTables): Promise<void> {
  const page = await openExtensionPage(s, 'popup.html');
  await page.waitForSelector('textarea');
  // tsx's keepNames helper, which the functions below would otherwise call in the page.
  await page.evaluate('globalThis.__name = (f) => f');
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('pantau');
        open.onsuccess = () => {
          const ok = open.result.objectStoreNames.contains('posts');
          open.result.close();
          resolve(ok);
        };
        open.onerror = () => resolve(false);
      }),
    { timeout: 15_000 },
  );
  await page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('pantau');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = Object.keys(tables);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) {
        const store = tx.objectStore(name);
        store.clear();
        for (const row of (tables as Record<string, unknown[]>)[name]!) store.put(row);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, tables as never);
  await page.close();
}

/** Keep the worker awake while screenshots run, so it never restarts and re-plans drafts on the real clock. */
export function keepWorkerAwake(page: Page): () => void {
  const timer = setInterval(() => void sendFromExtension(page, 'getConnections', {}).catch(() => undefined), 10_000);
  return () => clearInterval(timer);
}

/** Stop the retention alarm (it would prune unwatched authors against the real clock). */
export async function stopPruning(page: Page): Promise<void> {
  await page.evaluate(() => chrome.alarms.clear('prune'));
}
