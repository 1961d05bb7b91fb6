import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profilePage } from '../fixtures/x/pages';
import { launch, openExtensionPage, readStore, screenshot, serveXProfile, waitFor, type Session } from './harness';

const PANEL = { width: 420, height: 900 };

/** The Posts list lays out only rows near the viewport: scroll down, as a user does, until the post's card is there. */
async function revealPost(panel: Page, postId: string) {
  await panel.bringToFront();
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.waitForFunction(
    (id) => {
      if (document.querySelector(`article[data-post-id="${id}"]`)) return true;
      window.scrollBy(0, 400);
      return false;
    },
    { timeout: 10_000, polling: 50 },
    postId,
  );
  await panel.$eval(`article[data-post-id="${postId}"]`, (e) => e.scrollIntoView({ block: 'center' }));
}

async function captureXDevelopers(s: Session) {
  const page = await s.browser.newPage();
  await serveXProfile(page, profilePage('XDevelopers'));
  await page.goto('https://x.com/XDevelopers');
  return page;
}

describe('(e) screenshots and the side panel, in English', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ lang: 'en-US' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows an empty state that says what to do next', async () => {
    const panel = await openExtensionPage(s, 'sidepanel.html', PANEL);
    const empty = await panel.waitForSelector('[data-testid="empty-state"]');
    expect(await empty!.evaluate((e) => e.textContent)).toMatch(/open x\.com .*and scroll a competitor's profile/i);
    await screenshot(panel, 'sidepanel-empty-en');
    const popup = await openExtensionPage(s, 'popup.html');
    await popup.waitForSelector('textarea');
    await screenshot(popup, 'popup-empty-en');
    // "Open side panel" opens Chrome's real side panel (it needs the click's user gesture).
    const opened = s.browser.waitForTarget(
      (t) => t.url() === `chrome-extension://${s.extensionId}/sidepanel.html` && t !== panel.target(),
      { timeout: 5000 },
    );
    await popup.click('[data-action="open-panel"]');
    expect((await opened).url()).toContain('sidepanel.html');
    await panel.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('lists captured posts live, marks an author as competitor, and charts its engagement', async () => {
    const panel = await openExtensionPage(s, 'sidepanel.html', PANEL);
    await panel.waitForSelector('[data-testid="empty-state"]');
    const x = await captureXDevelopers(s);
    // Live: the open panel updates without a reload, newest first.
    await panel.waitForSelector('[data-testid="post-list"] article[data-post-id]', { timeout: 10_000 });
    const first = await panel.$eval('article[data-post-id]', (e) => e.getAttribute('data-post-id'));
    const newest = (await readStore<{ createdAt: string; postId: string }>(panel, 'posts')).sort((a, b) =>
      b.createdAt.localeCompare(a.createdAt),
    )[0]!;
    expect(first).toBe(newest.postId);
    // Counters shown with exact values in their titles.
    await revealPost(panel, '2019881223666233717');
    const likes = await panel.$eval('article[data-post-id="2019881223666233717"] [data-metric="likes"]', (e) =>
      e.getAttribute('data-value'),
    );
    expect(likes).toBe('5569');

    // Text is shown as written (X's &amp; escapes decoded), and a repost shows its original.
    expect(await panel.$eval('main', (e) => e.textContent)).not.toContain('&amp;');
    await revealPost(panel, '2083305234688803178');
    const repost = await panel.$eval('article[data-post-id="2083305234688803178"]', (e) => e.textContent);
    expect(repost).toContain('@benjitaylor');
    expect(
      await panel.$eval('article[data-post-id="2083305234688803178"] [data-metric="likes"]', (e) => e.getAttribute('data-value')),
    ).toBe('674');
    await revealPost(panel, '2019881223666233717');
    await panel.click('article[data-post-id="2019881223666233717"] [data-action="mark-competitor"]');
    await waitFor(
      async () =>
        (await readStore<{ handle: string; role: string }>(panel, 'accounts')).find(
          (a) => a.handle === 'xdevelopers' && a.role === 'competitor',
        ),
      'account row',
    );
    // The chart is for one author: pick it in the Posts tab's author picker.
    await panel.click('[data-testid="author-filter"]');
    await panel.type('[data-testid="author-filter"]', 'xdevelopers');
    await panel.waitForSelector('.author-picker li[data-author="x:xdevelopers"]');
    await panel.keyboard.press('Enter');
    const chart = await panel.waitForSelector('[data-testid="engagement-chart"] canvas[data-points]');
    // One point per original XDevelopers post (its retweets carry no counters of their own).
    const originals = (await readStore<{ authorKey: string; repostOf?: string }>(panel, 'posts')).filter(
      (p) => p.authorKey === 'xdevelopers' && !p.repostOf,
    );
    expect(originals.length).toBe(5);
    expect(Number(await chart!.evaluate((e) => e.getAttribute('data-points')))).toBe(originals.length);
    expect(await panel.$eval('[data-testid="engagement-chart"] summary', (e) => e.textContent)).toContain('@XDevelopers');
    await screenshot(panel, 'sidepanel-data-en');

    const popup = await openExtensionPage(s, 'popup.html');
    await popup.waitForFunction(() => Number(document.querySelector('[data-stat="stored"] b')?.textContent) > 0);
    expect(await popup.$eval('[data-stat="watched"] b', (e) => e.textContent)).toBe('1');
    await popup.type('textarea', 'We just shipped the new API docs 🎉 https://docs.x.com #API');
    await screenshot(popup, 'popup-data-en');
    await Promise.all([panel.close(), popup.close(), x.close()]);
  });
});

describe('(e) in Bahasa Indonesia', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ lang: 'id' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the UI in Indonesian, empty and with data', async () => {
    const panel = await openExtensionPage(s, 'sidepanel.html', PANEL);
    const empty = await panel.waitForSelector('[data-testid="empty-state"]');
    expect(await empty!.evaluate((e) => e.textContent)).toContain('Belum ada postingan');
    await screenshot(panel, 'sidepanel-empty-id');
    const x = await captureXDevelopers(s);
    await panel.waitForSelector('[data-testid="post-list"] article[data-post-id]', { timeout: 10_000 });
    await revealPost(panel, '2019881223666233717');
    expect(await panel.$eval('article[data-post-id="2019881223666233717"] [data-action="mark-competitor"]', (e) => e.textContent)).toBe(
      'Kompetitor',
    );
    await panel.click('article[data-post-id="2019881223666233717"] [data-action="mark-competitor"]');
    // The chart is for one author: pick it in the Posts tab's author picker.
    await panel.click('[data-testid="author-filter"]');
    await panel.type('[data-testid="author-filter"]', 'xdevelopers');
    await panel.waitForSelector('.author-picker li[data-author="x:xdevelopers"]');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('[data-testid="engagement-chart"] canvas[data-points]');
    await screenshot(panel, 'sidepanel-data-id');
    const popup = await openExtensionPage(s, 'popup.html');
    await popup.waitForSelector('textarea');
    expect(await popup.$eval('[data-action="post-on-x"]', (e) => e.textContent)).toBe('Posting di X');
    await screenshot(popup, 'popup-id');
    await Promise.all([panel.close(), popup.close(), x.close()]);
  });
});
