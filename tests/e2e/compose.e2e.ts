import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composerPage } from '../fixtures/x/pages';
import { launch, openExtensionPage, serve, waitFor, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const TEXT = 'Kopi susu gula aren, diskon 20% hari ini ☕ #kopi https://example.com/promo';

describe('(d) in-context compose on x.com', () => {
  it('"Post on X" opens X\'s composer on the open X tab and inserts the text, without pressing Post', async () => {
    const x = await s.browser.newPage();
    await serve(x, { 'https://x.com/home': { body: composerPage() } });
    await x.goto('https://x.com/home');

    const popup = await openExtensionPage(s, 'popup.html');
    await popup.waitForSelector('textarea');
    await popup.type('textarea', TEXT);
    await popup.click('[data-action="post-on-x"]');

    const inserted = await waitFor(
      () =>
        x
          .evaluate(() => document.querySelector('[data-testid="tweetTextarea_0"]')?.textContent ?? '')
          .then((t) => t.includes('diskon 20%') && t),
      'text in the X composer',
    );
    expect(inserted).toBe(TEXT);
    expect(await x.evaluate(() => (window as unknown as { __postClicks: number }).__postClicks)).toBe(0);
    const notice = await popup.waitForSelector('[role="status"]');
    expect(await notice!.evaluate((e) => e.textContent)).toMatch(/composer/i);
    await popup.close();
    await x.close();
  });

  it("falls back to X's intent URL when no X tab is open", async () => {
    const popup = await openExtensionPage(s, 'popup.html');
    await popup.waitForSelector('textarea');
    // The composer keeps the last text across popup opens (autosave); start from empty.
    await popup.focus('textarea');
    await popup.keyboard.down('Control');
    await popup.keyboard.press('a');
    await popup.keyboard.up('Control');
    await popup.keyboard.press('Backspace');
    await popup.type('textarea', 'Halo dunia');
    const opened = s.browser.waitForTarget((t) => t.url().startsWith('https://x.com/intent/post'), { timeout: 10_000 });
    await popup.click('[data-action="post-on-x"]');
    const target = await opened;
    expect(new URL(target.url()).searchParams.get('text')).toBe('Halo dunia');
    await popup.close();
  });
});
