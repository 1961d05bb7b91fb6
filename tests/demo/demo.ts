/**
 * npm run demo: Chromium with Pantau and a seeded, realistic database (tests/demo/generate.ts) in a
 * persistent profile (.demo-profile/), the side panel and the popup open in tabs.
 *
 *   npm run demo                 seed once, then reopen the same profile
 *   npm run demo -- --reset      a fresh profile, seeded again relative to now
 *
 * With no display it seeds headless, says so, and points to `npm run demo:screens`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openExtensionPage, ROOT, type Session } from '../e2e/harness';
import { launchWindowed, seedDemo } from './browser';
import { generateDemo } from './generate';

const PROFILE = join(ROOT, '.demo-profile');
const MARKER = join(PROFILE, 'pantau-demo.json');

async function main() {
  const reset = process.argv.includes('--reset');
  if (reset) rmSync(PROFILE, { recursive: true, force: true });
  mkdirSync(PROFILE, { recursive: true });
  const windowed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const s: Session = windowed ? await launchWindowed(PROFILE) : await launch({ userDataDir: PROFILE, timeZone });
  if (!existsSync(MARKER)) {
    const now = Date.now();
    const { tables } = generateDemo({ now, timeZone });
    await seedDemo(s, tables);
    writeFileSync(MARKER, JSON.stringify({ seededAt: new Date(now).toISOString(), timeZone }, null, 2));
    const counts = Object.entries(tables).map(([k, v]) => `${v.length} ${k}`);
    console.log(`Seeded the demo database (${counts.join(', ')}) relative to now, in ${timeZone}.`);
  } else {
    const { seededAt } = JSON.parse(readFileSync(MARKER, 'utf8')) as { seededAt: string };
    console.log(`Reopening the demo profile seeded at ${seededAt} (npm run demo -- --reset to seed it again for now).`);
  }
  if (!windowed) {
    console.log('No display here: the demo ran headless and there is nothing to look at.');
    console.log('Screenshots of every view from the same data: npm run demo:screens (writes docs/demo/*.png).');
    await s.close();
    return;
  }
  await openExtensionPage(s, 'sidepanel.html', { width: 400, height: 900 });
  await openExtensionPage(s, 'popup.html', { width: 400, height: 640 });
  console.log(`Open: chrome-extension://${s.extensionId}/sidepanel.html and popup.html. Close the browser to end.`);
  await new Promise<void>((resolve) => s.browser.once('disconnected', () => resolve()));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
