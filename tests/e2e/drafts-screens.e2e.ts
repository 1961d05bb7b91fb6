import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { launch, openExtensionPage, ROOT, sendFromExtension, waitFor } from './harness';

/** The side panel's width in Chrome (400 px), tall enough for the list. */
const PANEL = { width: 400, height: 900 };
const DOCS = join(ROOT, 'docs');

/**
 * Realistic drafts for a coffee brand: saved ideas, a posted one, and posts scheduled over the next
 * days at different hours on several platforms, each placed relative to the moment the test runs.
 */
async function seedDrafts(page: Page, lang: 'en' | 'id') {
  const day = (d: number, h: number, m = 0) =>
    page.evaluate(
      (d, h, m) => {
        const n = new Date();
        return new Date(n.getFullYear(), n.getMonth(), n.getDate() + d, h, m).getTime();
      },
      d,
      h,
      m,
    );
  const words =
    lang === 'id'
      ? {
          ideas: ['Ide: video proses sangrai biji Gayo, 30 detik, tanpa musik', 'Kuis Jumat: tebak asal biji kopi dari aromanya ☕'],
          timed: [
            'Selamat pagi! Kopi susu gula aren kembali hadir, pesan sebelum jam 10 untuk diskon 10%.',
            'Promo akhir pekan: beli 2 gratis 1 untuk semua es kopi. #promo #kopi',
            'Live music malam ini jam 8 bersama Senandung Senja. Sampai ketemu di kedai!',
            'Lowongan: barista paruh waktu di Jakarta Selatan. Kirim CV ke karir@kedai.id',
          ],
        }
      : {
          ideas: ['Idea: 30-second roasting video of our Gayo beans, no music', 'Friday quiz: guess the bean origin by its aroma ☕'],
          timed: [
            'Good morning! Palm-sugar iced latte is back: order before 10 for 10% off.',
            'Weekend promo: buy 2 iced coffees, get 1 free. #promo #coffee',
            'Live music tonight at 8 with Senandung Senja. See you at the café!',
            "We're hiring: part-time barista in South Jakarta. Send your CV to jobs@kedai.id",
          ],
        };
  for (const text of words.ideas) await sendFromExtension(page, 'saveDraft', { text, platforms: ['x', 'instagram'] });
  const plan: Array<[number, number, number, string[]]> = [
    [1, 9, 0, ['x', 'bluesky', 'threads']],
    [1, 12, 30, ['instagram', 'facebook']],
    [2, 19, 0, ['x', 'instagram']],
    [3, 10, 15, ['linkedin']],
  ];
  for (const [i, [d, h, m, platforms]] of plan.entries())
    await sendFromExtension(page, 'scheduleDraft', { text: words.timed[i], platforms, scheduledAt: await day(d, h, m) });
}

async function shoot(page: Page, name: string, fullPage = false) {
  await page.bringToFront();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(DOCS, `${name}.png`) as `${string}.png`, fullPage });
}

/** The tabs above the one shown: the Attention and health blocks stay out of the picture. */
const scrollToTabs = (page: Page) => page.evaluate(() => document.querySelector('[role="tablist"]')?.scrollIntoView());

for (const lang of ['en', 'id'] as const) {
  describe(`drafts list and calendar at 400 px (${lang})`, () => {
    it('shows each draft with status, targets, last edit and text; the week as a time grid; the month with times, marks and text', async () => {
      const s = await launch({ lang: lang === 'en' ? 'en-US' : 'id' });
      try {
        const panel = await openExtensionPage(s, 'sidepanel.html', PANEL);
        await panel.waitForSelector('[data-tab="drafts"]');
        await seedDrafts(panel, lang);
        await panel.click('[data-tab="drafts"]');
        await waitFor(async () => (await panel.$$('[data-testid="drafts"] [data-draft-id]')).length === 6, 'six drafts');
        const first = await panel.$eval('[data-testid="drafts"] [data-draft-id]', (e) => e.textContent ?? '');
        expect(first).toMatch(lang === 'en' ? /Scheduled.*LinkedIn.*edited/ : /Terjadwal.*LinkedIn.*diubah/);
        await shoot(panel, `drafts-${lang}`, true);

        await panel.click('[data-tab="calendar"]');
        await panel.waitForSelector('[data-testid="calendar"]');
        // The week view is a time grid; page to the week that holds tomorrow's drafts.
        const tomorrow = await panel.evaluate(() => {
          const n = new Date();
          const d = new Date(n.getFullYear(), n.getMonth(), n.getDate() + 1);
          return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        });
        if (!(await panel.$(`[data-slot-day="${tomorrow}"]`))) await panel.click('[data-action="next"]');
        const slot = await panel.waitForSelector(`[data-slot-day="${tomorrow}"][data-slot-hour="9"] [data-cal-draft]`);
        expect(await slot!.evaluate((e) => e.textContent)).toMatch(/0?9[.:]00/);
        await panel.evaluate(() => document.querySelector('[data-slot-hour="8"]')?.scrollIntoView());
        await shoot(panel, `calendar-week-${lang}`, true);

        // The month: each day's times and platform marks, and the month's drafts listed with their text.
        await panel.click('[data-view-button="month"]');
        if (!(await panel.$(`[data-day="${tomorrow}"] [data-cal-draft]`))) await panel.click('[data-action="next"]');
        await panel.waitForSelector(`[data-day="${tomorrow}"] [data-cal-draft] .mark`);
        const agenda = await panel.$eval('[data-testid="calendar-agenda"]', (e) => e.textContent ?? '');
        expect(agenda).toMatch(lang === 'en' ? /9:00\sAM.*Good morning!/ : /0?9[.:]00.*Selamat pagi!/);
        await scrollToTabs(panel);
        await shoot(panel, `calendar-month-${lang}`, true);
        await panel.close();
      } finally {
        await s.close();
      }
    });
  });
}
