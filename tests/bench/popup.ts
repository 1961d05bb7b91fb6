/**
 * Popup open to first meaningful paint: the browser's real popup (chrome.action.openPopup), timed
 * by the Element Timing API from the popup's navigation start to the first paint of its counts
 * read from the database (elementtiming="popup-stats"), so a placeholder paint does not count.
 */
import type { Page } from 'puppeteer-core';
import type { Session } from '../e2e/harness';
import { openExtensionPage } from '../e2e/harness';

export interface PopupPaint {
  runs: number[];
  how: 'action popup' | 'tab';
}

/** When the popup first painted its counts, ms after its navigation started. */
const meaningfulPaint = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the popup never painted its counts')), 10_000);
        new PerformanceObserver((list, obs) => {
          const e = list.getEntries().find((x) => (x as PerformanceEntry & { identifier: string }).identifier === 'popup-stats') as
            (PerformanceEntry & { renderTime: number }) | undefined;
          if (!e) return;
          obs.disconnect();
          clearTimeout(timer);
          resolve(e.renderTime || e.startTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );

export async function benchPopupPaint(s: Session, runs = 7): Promise<PopupPaint> {
  const opener = await openExtensionPage(s, 'options.html');
  const out: PopupPaint = { runs: [], how: 'action popup' };
  for (let i = 0; i < runs; i++) {
    let popup: Page | undefined;
    if (out.how === 'action popup') {
      const target = s.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 5000 });
      const opened = await opener.evaluate(() =>
        chrome.action.openPopup().then(
          () => true,
          () => false,
        ),
      );
      popup = opened ? ((await (await target.catch(() => undefined))?.asPage()) ?? undefined) : undefined;
      if (!popup) out.how = 'tab';
    }
    if (!popup) popup = await openExtensionPage(s, 'popup.html');
    out.runs.push(Math.round(await meaningfulPaint(popup)));
    await popup.close();
    await new Promise((r) => setTimeout(r, 300));
  }
  await opener.close();
  return out;
}
