import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../fixtures/seed';
import { E2E_TIME_ZONE, launch, openExtensionPage, readStore, seedStores, waitFor, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await launch({ lang: 'en-US' });
});
afterAll(async () => {
  await s?.close();
});

async function downloadFrom(page: import('puppeteer-core').Page, action: string, dir: string, suffix: string): Promise<string> {
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  await page.click(`[data-action="${action}"]`);
  return waitFor(async () => {
    const f = readdirSync(dir).find((n) => n.endsWith(suffix));
    return f && existsSync(join(dir, f)) && !readdirSync(dir).some((n) => n.endsWith('.crdownload')) ? join(dir, f) : undefined;
  }, `${suffix} download`);
}

describe('export and backup', () => {
  it('exports CSV, backs up, clears, restores, and every row comes back', async () => {
    const options = await openExtensionPage(s, 'options.html', { width: 720, height: 1100 });
    await options.waitForSelector('[data-testid="backup"]');
    await seedStores(options, seedDataset(Date.now(), E2E_TIME_ZONE));
    const count = async () => ({
      posts: (await readStore(options, 'posts')).length,
      postSnapshots: (await readStore(options, 'postSnapshots')).length,
      accounts: (await readStore(options, 'accounts')).length,
    });
    const before = await count();
    expect(before.posts).toBeGreaterThan(30);

    const dir = mkdtempSync(join(tmpdir(), 'pantau-dl-'));
    // Named with the browser's local date (read before and after the click, in case midnight passes).
    const localDay = () => options.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    const dayBefore = await localDay();
    const csvPath = await downloadFrom(options, 'export-posts', dir, '.csv');
    expect([`pantau-posts-${dayBefore}.csv`, `pantau-posts-${await localDay()}.csv`]).toContain(basename(csvPath));
    const csv = readFileSync(csvPath, 'utf8');
    expect(
      csv
        .replace(/^\ufeff/, '')
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(before.posts + 1);
    const backup = await downloadFrom(options, 'backup', dir, '.json');

    await options.type('[data-testid="clear-data"] input', 'DELETE');
    await options.click('[data-action="clear-data"]');
    await waitFor(async () => (await count()).posts === 0, 'cleared');

    const input = await options.$('input[data-action="restore"]');
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(backup);
    const notice = await options.waitForSelector('[data-testid="backup-notice"]', { timeout: 20_000 });
    expect(await notice!.evaluate((e) => e.textContent)).toMatch(/^Restored\. Added: .*posts/);
    expect(await count()).toEqual(before);

    // Restoring the same file again adds nothing: no duplicates.
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(backup);
    await options.waitForFunction(
      () => document.querySelector('[data-testid="backup-notice"]')?.textContent === 'Restored. Nothing new in that file.',
      { timeout: 20_000 },
    );
    expect(await count()).toEqual(before);
    await options.close();
  });

  it('refuses a backup cut off at 60 %, in words, and changes nothing', async () => {
    const options = await openExtensionPage(s, 'options.html', { width: 720, height: 1100 });
    await options.waitForSelector('[data-testid="backup"]');
    const dir = mkdtempSync(join(tmpdir(), 'pantau-cut-'));
    const whole = readFileSync(await downloadFrom(options, 'backup', dir, '.json'));
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const before = { posts: (await readStore(options, 'posts')).length, accounts: (await readStore(options, 'accounts')).length };
    await options.type('[data-testid="clear-data"] input', 'DELETE');
    await options.click('[data-action="clear-data"]');
    await waitFor(async () => (await readStore(options, 'posts')).length === 0, 'cleared');
    const input = await options.$('input[data-action="restore"]');
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(cut);
    const alert = await options.waitForSelector('[role="alert"][data-testid="backup-notice"]', { timeout: 20_000 });
    expect(await alert!.evaluate((e) => e.textContent)).toBe(
      'This file was not restored: the file ends early: it is cut off or damaged. Nothing was changed.',
    );
    expect((await readStore(options, 'posts')).length).toBe(0);
    expect((await readStore(options, 'accounts')).length).toBe(0);
    // The whole file still restores everything.
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(
      join(
        dir,
        readdirSync(dir).find((n) => n.startsWith('pantau-backup'))!,
      ),
    );
    await options.waitForFunction(() => document.querySelector('[data-testid="backup-notice"]')?.textContent?.startsWith('Restored.'), {
      timeout: 20_000,
    });
    expect({ posts: (await readStore(options, 'posts')).length, accounts: (await readStore(options, 'accounts')).length }).toEqual(before);
    await options.close();
  });

  it('refuses a foreign file with a clear message and changes nothing', async () => {
    const options = await openExtensionPage(s, 'options.html', { width: 720, height: 1100 });
    await options.waitForSelector('[data-testid="backup"]');
    const before = (await readStore(options, 'posts')).length;
    const dir = mkdtempSync(join(tmpdir(), 'pantau-bad-'));
    const bad = join(dir, 'other.json');
    (await import('node:fs')).writeFileSync(bad, JSON.stringify({ hello: 'world' }));
    const input = await options.$('input[data-action="restore"]');
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(bad);
    const alert = await options.waitForSelector('[role="alert"][data-testid="backup-notice"]');
    expect(await alert!.evaluate((e) => e.textContent)).toMatch(/This file was not restored: .*Nothing was changed\./);
    expect((await readStore(options, 'posts')).length).toBe(before);
    await options.close();
  });
});
