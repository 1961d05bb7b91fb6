import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xComposerPage } from '../fixtures/compose/pages';
import { attachPng, launch, openExtensionPage, readStore, sendFromExtension, serve, waitFor, type Session } from './harness';

type Draft = { id: string; status: string; text: string; platforms: string[]; scheduledAt?: number; updatedAt: number };
type Media = { id: string; draftId: string };

const PANEL = { width: 400, height: 1200 };

/** Set a React-controlled textarea/input's value as typing would. */
async function fill(page: Page, selector: string, value: string) {
  await page.$eval(
    selector,
    (el, value) => {
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}
const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');
const baseText = (page: Page) => page.$eval('[data-testid="base-text"]', (e) => (e as HTMLTextAreaElement).value);
async function setTargets(page: Page, targets: string[]) {
  for (const el of await page.$$('[data-platform-toggle]')) {
    const [p, on] = await el.evaluate((e) => [(e as HTMLInputElement).dataset.platformToggle!, (e as HTMLInputElement).checked] as const);
    if (on !== targets.includes(p)) await el.click();
  }
}
async function openComposer(s: Session) {
  const panel = await openExtensionPage(s, 'sidepanel.html', PANEL);
  await panel.waitForSelector('[data-tab="compose"]');
  await panel.click('[data-tab="compose"]');
  await panel.waitForSelector('[data-testid="base-text"]');
  return panel;
}
const cards = (page: Page) =>
  page.$$eval('[data-testid="drafts"] [data-draft-id]', (els) => els.map((e) => (e as HTMLElement).dataset.draftId!));

describe('drafts you can find', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ lang: 'en-US' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('saves, finds, uses as a template, deletes and undoes (images kept through the undo)', async () => {
    const panel = await openComposer(s);
    await setTargets(panel, ['x', 'bluesky']);
    await fill(panel, '[data-testid="base-text"]', 'Resep kopi susu gula aren ala kedai kami ☕ #kopi');
    // A new text not yet saved is "Unsaved changes"; saving clears it.
    await panel.waitForSelector('[data-testid="unsaved"]');
    await panel.click('[data-action="save-draft"]');
    await panel.waitForSelector('[data-testid="draft-status"]');
    await waitFor(async () => !(await panel.$('[data-testid="unsaved"]')), 'saved: no unsaved changes');
    const first = (await readStore<Draft>(panel, 'drafts')).find((d) => d.text.startsWith('Resep'))!;
    expect(await attachPng(panel, first.id)).toMatchObject({ ok: true });

    // "New draft" on a saved draft replaces it; the saved one stays findable.
    await panel.click('[data-action="new-draft"]');
    await waitFor(async () => (await baseText(panel)) === '', 'a new, empty draft');
    await fill(panel, '[data-testid="base-text"]', 'Promo akhir pekan: diskon 20% untuk semua menu!');
    await panel.click('[data-action="save-draft"]');
    await waitFor(async () => (await readStore<Draft>(panel, 'drafts')).length === 2, 'two drafts');

    await panel.click('[data-tab="drafts"]');
    await panel.waitForSelector('[data-testid="drafts"] [data-draft-id]');
    expect((await cards(panel)).length).toBe(2);
    // Newest edit first, with status, targets, last edit and the excerpt.
    const top = await text(panel, '[data-testid="drafts"] [data-draft-id]');
    expect(top).toContain('Promo akhir pekan');
    expect(top).toContain('Draft');
    expect(top).toMatch(/edited (now|\d+ (second|minute)s? ago|this minute)/);
    expect(await text(panel, `[data-draft-id="${first.id}"]`)).toContain('X · Bluesky');

    // Search: every word, any case, also platform names.
    await fill(panel, '[data-testid="drafts-search"]', 'GULA kopi');
    await waitFor(async () => (await cards(panel)).length === 1, 'one match');
    expect(await cards(panel)).toEqual([first.id]);
    expect(await text(panel, '[data-testid="drafts-shown"]')).toBe('1 of 2');
    await fill(panel, '[data-testid="drafts-search"]', 'teh tarik');
    await panel.waitForFunction(() =>
      document.querySelector('[data-testid="drafts"]')?.textContent?.includes('No draft matches “teh tarik”'),
    );
    await fill(panel, '[data-testid="drafts-search"]', '');

    // Use as template: a new draft with the same text, targets and image, open in the composer.
    await panel.click(`[data-draft-id="${first.id}"] [data-action="use-template"]`);
    await panel.waitForSelector('[data-testid="base-text"]');
    await waitFor(async () => (await baseText(panel)).startsWith('Resep'), 'the template in the composer');
    const all = await readStore<Draft>(panel, 'drafts');
    expect(all.length).toBe(3);
    const copy = all.find((d) => d.text === first.text && d.id !== first.id)!;
    expect(copy).toMatchObject({ status: 'draft', platforms: ['x', 'bluesky'] });
    expect((await readStore<Media>(panel, 'media')).filter((m) => m.draftId === copy.id).length).toBe(1);

    // Delete: gone from the list at once; Undo brings it back whole, image included.
    await panel.click('[data-tab="drafts"]');
    await panel.waitForSelector(`[data-draft-id="${first.id}"]`);
    await panel.click(`[data-draft-id="${first.id}"] [data-action="delete-draft"]`);
    await waitFor(async () => !(await cards(panel)).includes(first.id), 'deleted from the list');
    expect((await readStore<Draft>(panel, 'drafts')).map((d) => d.id)).not.toContain(first.id);
    expect(await text(panel, '[data-testid="draft-deleted"]')).toContain('Draft deleted: “Resep kopi susu');
    expect((await readStore<Media>(panel, 'media')).filter((m) => m.draftId === first.id).length).toBe(1);
    await panel.click('[data-action="undo-delete"]');
    await waitFor(async () => (await cards(panel)).includes(first.id), 'back in the list');
    const back = (await readStore<Draft>(panel, 'drafts')).find((d) => d.id === first.id)!;
    expect(back).toEqual(first);
    expect(await panel.$('[data-testid="draft-deleted"]')).toBeNull();

    // The popup counts saved drafts, and its count opens this list.
    const popup = await openExtensionPage(s, 'popup.html');
    await popup.waitForFunction(() => document.querySelector('[data-stat="drafts"] b')?.textContent === '3');
    await Promise.all([popup.close(), panel.close()]);
  });

  it('the context menu and the shortcut keep unsaved work as a draft before replacing it', async () => {
    const panel = await openComposer(s);
    await panel.click('[data-action="new-draft"]');
    await waitFor(async () => (await baseText(panel)) === '', 'empty composer');
    await fill(panel, '[data-testid="base-text"]', 'Ide konten belum disimpan: behind the scenes roasting');
    // What the menu item does: a draft from the page, opened in the composer.
    const res = await sendFromExtension<{ ok: boolean; id: string }>(panel, 'draftFromPage', {
      pageUrl: 'https://news.example/kopi-2026',
      title: 'Tren kopi 2026',
    });
    expect(res.ok).toBe(true);
    await waitFor(async () => (await baseText(panel)).startsWith('Tren kopi 2026'), 'the page draft in the composer');
    expect(await text(panel, '[data-testid="composer-kept"]')).toMatch(/previous text was saved as a draft/);
    const kept = (await readStore<Draft>(panel, 'drafts')).find((d) => d.text.startsWith('Ide konten'));
    expect(kept).toMatchObject({ status: 'draft', text: 'Ide konten belum disimpan: behind the scenes roasting' });

    // Edit the page draft, then the keyboard command (it sets the panel's "open a new draft"):
    // the edit is saved into that draft first.
    await fill(panel, '[data-testid="base-text"]', 'Tren kopi 2026: kopi susu naik 40%\n\nhttps://news.example/kopi-2026');
    const other = await openExtensionPage(s, 'popup.html');
    await other.evaluate(() => chrome.storage.session.set({ openDraft: 'new' }));
    await other.close();
    await panel.bringToFront();
    await waitFor(async () => (await baseText(panel)) === '', 'a new draft from the shortcut');
    const edited = (await readStore<Draft>(panel, 'drafts')).find((d) => d.id === res.id)!;
    expect(edited.text).toBe('Tren kopi 2026: kopi susu naik 40%\n\nhttps://news.example/kopi-2026');
    await panel.click('[data-tab="drafts"]');
    await panel.waitForSelector(`[data-draft-id="${kept!.id}"]`);
    await panel.close();
  });

  it('a scheduled draft edited and not saved says so, and at its time the saved text is what goes out', async () => {
    const panel = await openComposer(s);
    const saved = 'Selamat pagi! Kopi susu gula aren hari ini ☕';
    const res = await sendFromExtension<{ ok: boolean; id: string }>(panel, 'scheduleDraft', {
      text: saved,
      platforms: ['x'],
      scheduledAt: Date.now() + 6000,
    });
    expect(res.ok).toBe(true);
    await panel.click('[data-tab="drafts"]');
    await panel.waitForSelector(`[data-testid="drafts"] [data-draft-id="${res.id}"]`);
    await panel.click(`[data-testid="drafts"] [data-draft-id="${res.id}"] [data-action="edit-draft"]`);
    await waitFor(async () => (await baseText(panel)) === saved, 'the scheduled draft in the composer');
    expect(await panel.$('[data-testid="unsaved"]')).toBeNull();
    await fill(panel, '[data-testid="base-text"]', `${saved} (edit belum disimpan)`);
    const unsaved = await panel.waitForSelector('[data-testid="unsaved"]');
    expect(await unsaved!.evaluate((e) => e.textContent)).toMatch(/Unsaved changes\. At .+ the saved version goes out/);

    const due = await waitFor(
      async () => (await readStore<Draft>(panel, 'drafts')).find((d) => d.id === res.id && d.status === 'due'),
      'the draft due',
      20_000,
    );
    expect(due.text).toBe(saved);
    // "Post now" on the due card fills X's composer with the saved text, not the unsaved edit.
    const x = await s.browser.newPage();
    await serve(x, { 'https://x.com/home': { body: xComposerPage() } });
    await x.goto('https://x.com/home');
    await panel.bringToFront();
    await panel.click(`[data-testid="attention"] [data-draft-id="${res.id}"] [data-action="post-now"]`);
    await x.waitForFunction((t) => document.querySelector('[data-testid="tweetTextarea_0"]')?.textContent === t, {}, saved);
    expect(await panel.$eval('[data-testid="base-text"]', (e) => (e as HTMLTextAreaElement).value)).toContain('(edit belum disimpan)');
    expect(await sendFromExtension(panel, 'deleteDraft', { id: res.id })).toMatchObject({ ok: true });
    await Promise.all([x.close(), panel.close()]);
  });

  it('due and missed cards snooze and reschedule in place, saying what to fix for a time in the past', async () => {
    const panel = await openExtensionPage(s, 'sidepanel.html', PANEL);
    const res = await sendFromExtension<{ ok: boolean; id: string }>(panel, 'scheduleDraft', {
      text: 'Live music malam ini jam 8!',
      platforms: ['x'],
      scheduledAt: Date.now() + 2500,
    });
    const card = `[data-testid="attention"] [data-draft-id="${res.id}"]`;
    await panel.waitForSelector(`${card}[data-status="due"]`, { timeout: 15_000 });
    // The worker sets the action badge just after it marks the draft due: wait for it, do not race it.
    await waitFor(async () => (await panel.evaluate(() => chrome.action.getBadgeText({}))) === '1', 'the action badge says 1');
    // Reschedule to a past time: refused, with words next to the time field.
    await panel.click(`${card} [data-action="reschedule"]`);
    await fill(panel, `${card} [data-testid="reschedule-at"]`, '2020-01-01T09:00');
    await panel.click(`${card} [data-action="confirm-reschedule"]`);
    expect(await text(panel, `${card} [role="alert"]`)).toMatch(/already passed|past/i);
    // Snooze: scheduled again 15 minutes on, its alarm back, the badge cleared.
    const before = Date.now();
    await panel.click(`${card} [data-action="snooze"]`);
    const row = await waitFor(
      async () => (await readStore<Draft>(panel, 'drafts')).find((d) => d.id === res.id && d.status === 'scheduled'),
      'snoozed',
    );
    expect(row.scheduledAt! - before).toBeGreaterThanOrEqual(15 * 60_000 - 1000);
    await waitFor(
      async () => (await panel.evaluate(() => chrome.alarms.getAll())).some((a) => a.name === `draft:${res.id}`),
      'its alarm again',
    );
    await waitFor(async () => (await panel.evaluate(() => chrome.action.getBadgeText({}))) === '', 'badge cleared');
    await panel.close();
  });
});

describe('missed drafts after a restart', () => {
  it('the action badge counts them and one notification says so, in the Settings language', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'pantau-missed-'));
    try {
      let s = await launch({ userDataDir: profile, lang: 'en-US' });
      let page = await openExtensionPage(s, 'options.html', { width: 720, height: 900 });
      await page.waitForSelector('select[data-setting="language"]');
      await page.select('select[data-setting="language"]', 'id');
      await page.waitForSelector('[role="status"]');
      const ids: string[] = [];
      for (const text of ['Promo jam makan siang', 'Menu baru: es kopi pandan'])
        ids.push(
          (
            await sendFromExtension<{ ok: boolean; id: string }>(page, 'scheduleDraft', {
              text,
              platforms: ['x'],
              scheduledAt: Date.now() + 3_600_000,
            })
          ).id,
        );
      expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
      // Their times pass while the browser is closed (set 30 minutes in the past, then it closes).
      await page.evaluate(
        (ids) =>
          new Promise<void>((resolve) => {
            const open = indexedDB.open('pantau');
            open.onsuccess = () => {
              const tx = open.result.transaction('drafts', 'readwrite');
              const store = tx.objectStore('drafts');
              for (const id of ids)
                store.get(id).onsuccess = (e) => store.put({ ...(e.target as IDBRequest).result, scheduledAt: Date.now() - 30 * 60_000 });
              tx.oncomplete = () => (open.result.close(), resolve());
            };
          }),
        ids,
      );
      await s.browser.close();

      s = await launch({ userDataDir: profile, lang: 'en-US' });
      page = await openExtensionPage(s, 'popup.html');
      await waitFor(async () => (await page.evaluate(() => chrome.action.getBadgeText({}))) === '2', 'badge 2');
      const notes = await waitFor(async () => {
        const all = await page.evaluate(() => chrome.notifications.getAll());
        return 'missed' in all && all;
      }, 'the missed-drafts notification');
      expect(Object.keys(notes)).toContain('missed');
      // Worded in the Settings language (Bahasa Indonesia) in an English browser.
      expect(await page.evaluate(() => chrome.action.getTitle({}))).toBe('Pantau: 2 postingan jatuh tempo atau terlewat');
      expect((await readStore<Draft>(page, 'drafts')).map((d) => d.status)).toEqual(['missed', 'missed']);
      // Marking one posted takes the badge down to 1.
      expect(await sendFromExtension(page, 'markDraftPosted', { id: ids[0] })).toMatchObject({ ok: true });
      await waitFor(async () => (await page.evaluate(() => chrome.action.getBadgeText({}))) === '1', 'badge 1');
      await s.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
