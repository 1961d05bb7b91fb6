import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profilePage } from '../fixtures/x/pages';
import { launch, openExtensionPage, readStore, screenshot, serveXProfile, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await launch({ lang: 'en-US' });
});
afterAll(async () => {
  await s?.close();
});

describe('options page', () => {
  it('switching X off stops capture on x.com', async () => {
    const options = await openExtensionPage(s, 'options.html', { width: 720, height: 900 });
    await options.waitForSelector('input[data-platform="x"]');
    await options.click('input[data-platform="x"]');
    await options.waitForSelector('[role="status"]');
    await screenshot(options, 'options-en');

    const page = await s.browser.newPage();
    await serveXProfile(page, profilePage('XDevelopers'));
    await page.goto('https://x.com/XDevelopers');
    await page.waitForFunction(() => document.getElementById('app')?.textContent?.startsWith('Loaded'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readStore(options, 'posts')).toEqual([]);
    await options.bringToFront();
    await options.click('input[data-platform="x"]'); // back on, for the other tests
    await Promise.all([page.close(), options.close()]);
  });

  it('a number out of range says what to enter', async () => {
    const options = await openExtensionPage(s, 'options.html', { width: 720, height: 900 });
    await options.waitForSelector('input[data-setting="retentionDays"]');
    await options.click('input[data-setting="retentionDays"]', { clickCount: 3 });
    await options.type('input[data-setting="retentionDays"]', '0');
    await options.click('select[data-setting="language"]');
    const alert = await options.waitForSelector('[role="alert"]');
    expect(await alert!.evaluate((e) => e.textContent)).toMatch(/whole number from 1 to 3650/);
    await options.close();
  });

  it('choosing Bahasa Indonesia changes the UI even in an English browser', async () => {
    const options = await openExtensionPage(s, 'options.html', { width: 720, height: 900 });
    await options.waitForSelector('select[data-setting="language"]');
    await options.select('select[data-setting="language"]', 'id');
    // The page turns Indonesian as it is (the language applies live; see settings.e2e.ts).
    await options.waitForFunction(() => document.documentElement.lang === 'id');
    const popup = await openExtensionPage(s, 'popup.html');
    await popup.waitForSelector('[data-action="post-on-x"]');
    expect(await popup.$eval('[data-action="post-on-x"]', (e) => e.textContent)).toBe('Posting di X');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('id');
    await options.waitForSelector('select[data-setting="language"]');
    await screenshot(options, 'options-id');
    await options.select('select[data-setting="language"]', 'auto');
    await Promise.all([popup.close(), options.close()]);
  });
});
