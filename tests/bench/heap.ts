/**
 * Content-script memory after 10,000 posts seen: the renderer's JS heap (page and content-script
 * worlds share one V8 isolate) after a forced GC, at start and once every post is stored. The same
 * page without the extension gives the page's own growth, which is subtracted.
 */
import type { Page } from 'puppeteer-core';
import { launch, openExtensionPage, waitFor } from '../e2e/harness';
import { countRows } from './idb';
import { serveXFeed, xResponses } from './x-feed';

export const HEAP_POSTS = 10_000;
const PER_RESPONSE = 250;

/** Fetches every response when told to, and keeps nothing (the posts are "seen", then scrolled away). */
const feedPage = (n: number) => `<!doctype html><html lang="en"><body><main id="app">ready</main><script>
  window.__go = async () => {
    for (let i = 0; i < ${n}; i++) await (await fetch('/i/api/graphql/bench/UserTweets?variables=' + i)).json();
    document.getElementById('app').textContent = 'done';
  };
</script></body></html>`;

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

export interface HeapFigures {
  /** Heap growth with the extension minus growth without it, MB. */
  contentScriptHeapMb: number;
  withExtension: { startMb: number; endMb: number };
  without: { startMb: number; endMb: number };
}

async function run(withExtension: boolean, bodies: string[]): Promise<{ startMb: number; endMb: number }> {
  const s = await launch({ extension: withExtension });
  try {
    const page = await s.browser.newPage();
    await serveXFeed(page, 'https://x.com/heap', feedPage(bodies.length), bodies);
    await page.goto('https://x.com/heap');
    await new Promise((r) => setTimeout(r, 1000)); // content script started and settled
    const startMb = await heapMb(page);
    await page.evaluate(() => (window as unknown as { __go(): Promise<void> }).__go());
    if (withExtension) {
      const ext = await openExtensionPage(s, 'popup.html');
      // The capture budget meters one tab at 5,000 posts a minute (lib/background/budget.ts): the rest
      // is held by the content script and stored in the next minutes, so this takes over two.
      await waitFor(async () => (await countRows(ext, ['posts']))[0] === HEAP_POSTS, `${HEAP_POSTS} posts stored`, 240_000);
      await ext.close();
    }
    await new Promise((r) => setTimeout(r, 2000)); // acknowledgements in, timers run
    return { startMb, endMb: await heapMb(page) };
  } finally {
    await s.close();
  }
}

export async function benchHeap(): Promise<HeapFigures> {
  const bodies = xResponses(HEAP_POSTS, PER_RESPONSE, 1_970_000_000_000_000_000n);
  const without = await run(false, bodies);
  const withExtension = await run(true, bodies);
  const growth = (r: { startMb: number; endMb: number }) => r.endMb - r.startMb;
  return { contentScriptHeapMb: +(growth(withExtension) - growth(without)).toFixed(2), withExtension, without };
}
