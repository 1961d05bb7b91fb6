import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../fixtures/seed';
import { mkdirSync } from 'node:fs';
import { launchSeeded, openExtensionPage, ROOT, SCREENSHOTS, seedStores, type Session } from './harness';

/** Settings and the folded health line at the side panel's width, EN and ID, for docs/ (looked at before committing). */
const DOCS = join(ROOT, 'docs');
const MIN = 60_000;
let s: Session;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  s = await launchSeeded('en-US', seedDataset);
});
afterAll(async () => {
  await s?.close();
});

/** Capture health as a real week leaves it: three platforms reading fine, Instagram's layout changed. */
async function seedHealth(page: Page) {
  const now = Date.now();
  const ok = { payloadsNotUnderstood: 0, selectorMisses: 0, batchesRejected: 0 };
  await seedStores(page, {
    health: [
      { platform: 'x', postsParsed: 1240, lastSuccessAt: now - 5 * MIN, ...ok },
      { platform: 'youtube', postsParsed: 1, lastSuccessAt: now - 120 * MIN, ...ok },
      { platform: 'bluesky', postsParsed: 86, lastSuccessAt: now - 26 * 60 * MIN, ...ok },
      {
        platform: 'instagram',
        postsParsed: 310,
        lastSuccessAt: now - 3 * 24 * 60 * MIN,
        pagesSinceSuccess: 4,
        lastProblemAt: now - 10 * MIN,
        lastProblem: 'no post element matched',
        ...ok,
        selectorMisses: 12,
      },
    ],
  });
}

async function setLanguage(page: Page, language: 'en' | 'id') {
  await page.evaluate(async (language) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), language } });
  }, language);
}

describe('Settings and health screenshots', () => {
  it.each(['en', 'id'] as const)('%s', async (lang) => {
    const options = await openExtensionPage(s, 'options.html', { width: 400, height: 900 });
    await seedHealth(options);
    await setLanguage(options, lang);
    await options.reload();
    await options.waitForSelector('[data-testid="alert-switches"]');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en-US' : 'id');
    await options.bringToFront();
    await options.screenshot({ path: join(DOCS, `settings-${lang}.png`) as `${string}.png`, fullPage: true });
    // The top of the page at full size, to look at (the whole page is too tall to read at once).
    await options.screenshot({
      path: join(SCREENSHOTS, `settings-top-${lang}.png`) as `${string}.png`,
      clip: { x: 0, y: 0, width: 400, height: 1150 },
    });

    const panel = await openExtensionPage(s, 'sidepanel.html', { width: 400, height: 700 });
    const line = await panel.waitForSelector('[data-testid="health"]');
    await panel.bringToFront();
    const top = async (name: string) => {
      const box = (await (await panel.$('[data-testid="health"]'))!.boundingBox())!;
      await panel.screenshot({
        path: join(DOCS, name) as `${string}.png`,
        clip: { x: 0, y: 0, width: 400, height: Math.ceil(box.y + box.height + 60) },
      });
    };
    await top(`health-line-${lang}.png`);
    await line!.click();
    await panel.waitForFunction(() => (document.querySelector('[data-testid="health"]') as HTMLDetailsElement).open);
    await top(`health-line-open-${lang}.png`);
    await Promise.all([panel.close(), options.close()]);
  });
});
