/**
 * npm run demo:screens: every view of the demo database at 360 and 400 px, in English and
 * Indonesian, at one fixed moment (DEMO_NOW in Asia/Jakarta), into docs/demo/<view>-<lang>-<width>.png.
 *
 * Views are found, not assumed: side panel tabs by [data-tab=…] (a tab that is missing is skipped
 * with a line saying so; a new one is shot too), then the popup and the options page. Each is a
 * full-page screenshot. `--only=insights,popup` limits the views; `--now=<ISO>` picks another moment.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, ROOT, type Session } from '../e2e/harness';
import { keepWorkerAwake, openAt, seedDemo, stopPruning } from './browser';
import { DEMO_NOW, DEMO_TIME_ZONE, generateDemo } from './generate';

const OUT = join(ROOT, 'docs', 'demo');
const WIDTHS = [360, 400];
const LANGS = [
  ['en', 'en-US'],
  ['id', 'id'],
] as const;
/** The tabs expected today, in order; any other [data-tab] found is shot after them. */
const KNOWN_TABS = ['posts', 'insights', 'accounts', 'compose', 'drafts', 'calendar', 'inspector'];

/**
 * Views of one tab the data was built for, chosen with the tab's own selects (skipped when a select
 * or value is gone): each platform's Insights (accounts from 4 k to 2.99 M followers), the account
 * whose posts all predate the period, the burst poster's posts, every platform's posts at once, and
 * a search that finds the 50,000-character post.
 */
const VARIANTS: Record<string, Array<{ name: string; pick: Array<[string, string]> }>> = {
  posts: [
    { name: 'all', pick: [['[data-testid="platform-filter"]', '']] },
    {
      name: 'brewlab',
      pick: [
        ['[data-testid="platform-filter"]', 'x'],
        ['[data-testid="author-filter"]', 'brewlab_id'],
      ],
    },
    { name: 'hostile', pick: [['[data-testid="post-search"]', 'KOPIGRATIS']] },
  ],
  insights: ['x', 'instagram', 'youtube', 'bluesky']
    .map((p) => ({ name: p, pick: [['[data-testid="insights-platform"]', p]] as Array<[string, string]> }))
    .concat([
      {
        name: 'x-kopiraya',
        pick: [
          ['[data-testid="insights-platform"]', 'x'],
          ['[data-testid="insights-scope"]', 'kopiraya'],
        ],
      },
      {
        name: 'x-kopi_b',
        pick: [
          ['[data-testid="insights-platform"]', 'x'],
          ['[data-testid="insights-scope"]', 'kopi_b'],
        ],
      },
    ]),
};

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only')?.split(',');
const now = arg('now') ? Date.parse(arg('now')!) : DEMO_NOW;
const wanted = (view: string) => !only || only.some((o) => view === o || view.startsWith(`${o}-`));

/** Wait until the page has stopped changing for a moment (live queries answered, charts drawn). */
async function settle(page: Page, quietMs = 600, maxMs = 8000): Promise<void> {
  await page.evaluate(
    (quietMs, maxMs) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, quietMs);
        const stop = setTimeout(done, maxMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quietMs);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        function done() {
          observer.disconnect();
          clearTimeout(stop);
          resolve();
        }
      }),
    quietMs,
    maxMs,
  );
}

/** Pages taller than this are shot at this height: a virtual list draws only the rows in view, the rest would be blank. */
const MAX_HEIGHT = 6000;

async function shoot(page: Page, view: string, lang: string, width: number): Promise<void> {
  await page.bringToFront(); // a background tab draws no frames in headless Chromium
  await settle(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  const path = join(OUT, `${view}-${lang}-${width}.png`) as `${string}.png`;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height > MAX_HEIGHT) {
    const viewport = page.viewport()!;
    await page.setViewport({ ...viewport, height: MAX_HEIGHT });
    await settle(page);
    await page.screenshot({ path });
    await page.setViewport(viewport);
    console.log(`  ${path.slice(ROOT.length + 1)} (the first ${MAX_HEIGHT} of ${height} px)`);
    return;
  }
  await page.screenshot({ path, fullPage: true });
  console.log(`  ${path.slice(ROOT.length + 1)}`);
}

/**
 * Make a choice as a user would: pick a select's option by a value test, or type into a text box
 * (an author picker, a search) and press Enter. React sees the events either way.
 */
async function choose(page: Page, selector: string, target: string): Promise<boolean> {
  // A tab just opened may still be reading its data: give the control a moment to appear.
  await page.waitForSelector(selector, { timeout: 5000 }).catch(() => null);
  const tag = await page.$eval(selector, (e) => e.tagName).catch(() => undefined);
  if (tag === 'INPUT') {
    await page.click(selector, { count: 3 });
    await page.type(selector, target);
    await settle(page, 300);
    await page.keyboard.press('Enter');
  } else {
    await page
      .waitForFunction(
        (sel, want) =>
          [...document.querySelectorAll<HTMLOptionElement>(`${sel} option`)].some((o) => o.value === want || o.value.endsWith(`:${want}`)),
        { timeout: 5000, polling: 100 },
        selector,
        target,
      )
      .catch(() => null);
    const values = await page
      .$$eval(`${selector} option`, (os) => os.map((o) => (o as HTMLOptionElement).value))
      .catch(() => [] as string[]);
    const value = values.find((v) => v === target || v.endsWith(`:${target}`));
    if (tag !== 'SELECT' || value === undefined) return false;
    await page.select(selector, value);
  }
  await settle(page, 300);
  return true;
}

async function sidePanel(s: Session, lang: string, width: number): Promise<void> {
  const page = await openAt(s, 'sidepanel.html', { width, height: 800 }, now);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (!(await page.waitForSelector('[data-tab]', { timeout: 20_000 }).catch(() => null))) {
    console.log(
      `  (the side panel shows no [data-tab] after 20 s${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}: shot as it is)`,
    );
    await shoot(page, 'sidepanel', lang, width);
    return void (await page.close());
  }
  const found = await page.$$eval('[data-tab]', (els) => els.map((e) => e.getAttribute('data-tab')!));
  for (const tab of KNOWN_TABS.filter((t) => !found.includes(t))) console.log(`  (no [data-tab="${tab}"] in the side panel: skipped)`);
  const tabs = [...KNOWN_TABS.filter((t) => found.includes(t)), ...found.filter((t) => !KNOWN_TABS.includes(t))];
  for (const tab of tabs) {
    if (!wanted(tab) && !(VARIANTS[tab] ?? []).some((v) => wanted(`${tab}-${v.name}`))) continue;
    await page.click(`[data-tab="${tab}"]`);
    if (wanted(tab)) await shoot(page, tab, lang, width);
    if (tab === 'calendar' && (await page.$('[data-view-button="month"]')) && wanted('calendar-month')) {
      await page.click('[data-view-button="month"]');
      await shoot(page, 'calendar-month', lang, width);
      await page.click('[data-view-button="week"]');
    }
    for (const variant of VARIANTS[tab] ?? []) {
      const name = `${tab}-${variant.name}`;
      if (!wanted(name)) continue;
      let ok = true;
      for (const [selector, value] of variant.pick) ok = ok && (await choose(page, selector, value));
      if (ok) await shoot(page, name, lang, width);
      else console.log(`  (${name}: the view offers no such choice: skipped)`);
    }
    if (VARIANTS[tab]) await page.reload().then(() => page.waitForSelector('[data-tab]'));
  }
  await page.close();
}

async function run(lang: string, browserLang: string): Promise<void> {
  console.log(`${lang}: seeding a fresh profile at ${new Date(now).toISOString()} (${DEMO_TIME_ZONE})`);
  const s = await launch({ lang: browserLang, timeZone: DEMO_TIME_ZONE });
  try {
    await seedDemo(s, generateDemo({ now, timeZone: DEMO_TIME_ZONE }).tables);
    const keeper = await openAt(s, 'popup.html', { width: 400, height: 600 });
    await stopPruning(keeper);
    const stop = keepWorkerAwake(keeper);
    try {
      for (const width of WIDTHS) {
        await sidePanel(s, lang, width);
        for (const view of ['popup', 'options']) {
          if (!wanted(view)) continue;
          const page = await openAt(s, `${view}.html`, { width, height: view === 'popup' ? 600 : 800 }, now);
          await shoot(page, view, lang, width);
          await page.close();
        }
      }
    } finally {
      stop();
    }
  } finally {
    await s.close();
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  for (const [lang, browserLang] of LANGS) if (!arg('lang') || arg('lang') === lang) await run(lang, browserLang);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
