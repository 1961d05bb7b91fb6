import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addXPost, seedDataset } from '../fixtures/seed';
import { launchSeeded, openExtensionPage, screenshot, type Session } from './harness';

const HOUR = 3_600_000;
const FRESH = '1800000000000077777';

/** The seed (competitors' posts 2–14 days old), plus one post of @kopi_a from 2 hours ago, and a due draft. */
function seedWithToday(now: number, timeZone: string) {
  const data = seedDataset(now, timeZone);
  const createdAt = now - 2 * HOUR;
  addXPost(data, {
    postId: FRESH,
    handle: 'kopi_a',
    createdAt,
    seenAt: now - HOUR,
    text: 'Kopi susu baru, coba hari ini #kopi',
    hashtags: ['kopi'],
    metrics: { likes: 300, replies: 20, reposts: 10 },
  });
  return data;
}

describe("the popup's competitors' day", () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchSeeded('en-US', seedWithToday);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the top competitor post of the last 24 hours, linking to it, and opens Insights', async () => {
    const popup = await openExtensionPage(s, 'popup.html', { width: 380, height: 800 });
    const top = await popup.waitForSelector(`[data-testid="popup-top"][data-post-id="${FRESH}"]`, { timeout: 10_000 });
    expect(await top!.evaluate((e) => e.textContent)).toContain('@kopi_a');
    expect(await top!.evaluate((e) => e.textContent)).toContain('330 engagements');
    expect(await popup.$eval('[data-testid="popup-top"] a', (a) => a.getAttribute('href'))).toBe(`https://x.com/kopi_a/status/${FRESH}`);
    // The other competitors' posts are days old: one post seen in the day.
    expect(await popup.$eval('[data-testid="popup-today"]', (e) => e.textContent)).toContain('1 post seen from competitors');
    await screenshot(popup, 'popup-today-en');
    const opened = s.browser.waitForTarget((t) => t.url() === `chrome-extension://${s.extensionId}/sidepanel.html`, { timeout: 5000 });
    await popup.click('[data-action="open-insights"]');
    // Chrome's real side panel opens (it needs the click's user gesture).
    expect((await opened).url()).toContain('sidepanel.html');
  });
});
