/**
 * Keystroke to preview in the real side-panel composer: one character typed at the end of a
 * 25,000-character X Premium draft, until the X card's count shows it, against the same keystroke
 * at the end of a 250-character draft (the ratio travels; the milliseconds are this machine's).
 */
import { openExtensionPage, type Session } from '../e2e/harness';
import { median } from './stats';

export const LONG_DRAFT_CHARS = 25_000;

async function keystrokeMs(panel: import('puppeteer-core').Page, base: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = `${base}${'k'.repeat(i)}`;
    // Set the draft, let it settle, then time one more character to the painted count.
    await panel.$eval(
      '[data-testid="base-text"]',
      (el, v) => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      text,
    );
    await panel.waitForFunction(
      (n) => document.querySelector('[data-count="x"]')?.getAttribute('data-used') === String(n),
      {},
      text.length,
    );
    // A string, not a function: tsx's name helpers (__name) do not exist in the page.
    const v = JSON.stringify(text);
    out.push(
      (await panel.evaluate(`new Promise((resolve) => {
        const el = document.querySelector('[data-testid="base-text"]');
        const t0 = performance.now();
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, ${v} + 'a');
        el.dispatchEvent(new Event('input', { bubbles: true }));
        const want = String(${v}.length + 1);
        const poll = () =>
          document.querySelector('[data-count="x"]')?.getAttribute('data-used') === want
            ? requestAnimationFrame(() => resolve(performance.now() - t0))
            : requestAnimationFrame(poll);
        poll();
      })`)) as number,
    );
  }
  return out;
}

export async function benchComposerKeystroke(s: Session, runs = 7) {
  const panel = await openExtensionPage(s, 'sidepanel.html', { width: 420, height: 1200 });
  // X Premium on (a long post is one post), X the only target.
  await panel.evaluate(() => chrome.storage.local.set({ settings: { xPremium: true } }));
  await panel.reload();
  await panel.waitForSelector('[data-tab="compose"]');
  await panel.click('[data-tab="compose"]');
  await panel.waitForSelector('[data-testid="base-text"]');
  for (const el of await panel.$$('[data-platform-toggle]')) {
    const [p, on] = await el.evaluate((e) => [(e as HTMLInputElement).dataset.platformToggle!, (e as HTMLInputElement).checked] as const);
    if (on !== (p === 'x')) await el.click();
  }
  const words = (n: number) =>
    Array.from({ length: n }, (_, i) => (i % 12 === 11 ? `kopi${i}.` : `kopi${i}`))
      .join(' ')
      .slice(0, n);
  const short = await keystrokeMs(panel, words(250), runs);
  const long = await keystrokeMs(panel, words(LONG_DRAFT_CHARS), runs);
  await panel.close();
  const longMs = +median(long).toFixed(1);
  const shortMs = +median(short).toFixed(1);
  return { keystrokeMs: longMs, keystrokeShortMs: shortMs, keystrokeRatio: +(longMs / shortMs).toFixed(2), runs: { long, short } };
}
