import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, bskyComposerPage, xComposerPage } from '../fixtures/compose/pages';
import { RealPds, type PostRecord } from '../helpers/pds';
import { profilePage } from '../fixtures/x/pages';
import {
  launch,
  openExtensionPage,
  readStore,
  screenshot,
  sendFromExtension,
  serve,
  seedStores,
  serveXProfile,
  TINY_PNG,
  waitFor,
  type Session,
  attachPng,
} from './harness';

type Draft = {
  id: string;
  status: string;
  text: string;
  platforms: string[];
  scheduledAt?: number;
  variants?: Record<string, string>;
  delivery?: Record<string, { via: string; parts?: unknown[]; url?: string }>;
};

const LONG =
  'Kopi susu gula aren adalah minuman favorit kami. Setiap pagi kami menyeduh biji pilihan dari Aceh Gayo, disangrai sendiri di kedai. ' +
  'Promo berlaku sampai Minggu: diskon 20% untuk semua menu, termasuk es kopi susu, latte, dan cappuccino. Ajak teman kamu juga! ' +
  'Info lengkap di https://pantau.id/promo #kopi #promo';

/** Set a React-controlled textarea/input's value as typing would (fast, exact, unicode-safe). */
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
async function setTargets(page: Page, targets: string[]) {
  for (const el of await page.$$('[data-platform-toggle]')) {
    const [p, on] = await el.evaluate((e) => [(e as HTMLInputElement).dataset.platformToggle!, (e as HTMLInputElement).checked] as const);
    if (on !== targets.includes(p)) await el.click();
  }
}
async function openComposer(s: Session, viewport = { width: 420, height: 1400 }) {
  const panel = await openExtensionPage(s, 'sidepanel.html', viewport);
  await panel.waitForSelector('[data-tab="compose"]');
  await panel.click('[data-tab="compose"]');
  await panel.waitForSelector('[data-testid="base-text"]');
  return panel;
}

describe('posting', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('composes with per-platform variants: exact counts, the over-limit warning, forks, threads', async () => {
    const panel = await openComposer(s);
    await setTargets(panel, ['x', 'linkedin', 'instagram']);
    await fill(panel, '[data-testid="base-text"]', LONG);
    // X: over 280 weighted (the link counts 23), warned in words; LinkedIn and Instagram fit.
    const xUsed = Number(await panel.$eval('[data-count="x"]', (e) => (e as HTMLElement).dataset.used));
    expect(xUsed).toBe(LONG.length - 'https://pantau.id/promo'.length + 23);
    expect(await text(panel, '[data-variant="x"] [data-testid="over-limit"]')).toMatch(/^X is \d+\/280\. Shorten it, or turn on/);
    expect(await panel.$('[data-variant="linkedin"] [data-testid="over-limit"]')).toBeNull();
    expect(await panel.$('[data-variant="instagram"] [data-testid="fold"]')).not.toBeNull(); // ~125-character fold
    expect(await text(panel, '[data-variant="x"] [data-testid="overflow"]')).toBe(LONG.slice(LONG.length - (xUsed - 280)));
    // Scheduling is refused while X is over, saying what to fix.
    await panel.click('[data-action="add-to-queue"]');
    expect(await text(panel, '[data-testid="composer-notice"]')).toMatch(/Shorten it, or turn on "Split long text into a thread"/);

    // Editing LinkedIn's text forks it from the base; X and Instagram stay the same as the base.
    await fill(panel, '[data-variant-text="linkedin"]', `${LONG}\n\nApa kopi favoritmu?`);
    expect(await panel.$eval('[data-variant="linkedin"]', (e) => (e as HTMLElement).dataset.diverged)).toBe('true');
    expect(await panel.$eval('[data-variant="x"]', (e) => (e as HTMLElement).dataset.diverged)).toBe('false');

    // Threading splits X into posts that fit, numbered; moving a split point moves one word.
    await panel.click('[data-action="toggle-thread"]');
    await panel.click('[data-action="toggle-numbering"]');
    await panel.waitForSelector('[data-thread="x"] li');
    const parts = await panel.$$eval('[data-thread="x"] [data-preview="x"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(parts.length).toBe(2);
    expect(parts[0]).toMatch(/ 1\/2$/);
    expect(await panel.$('[data-variant="x"] [data-testid="over-limit"]')).toBeNull();
    await panel.click('[data-move="0:earlier"]');
    const moved = await panel.$$eval('[data-thread="x"] [data-preview="x"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(moved[1]!.split(' ').length).toBe(parts[1]!.split(' ').length + 1);
    await screenshot(panel, 'composer-en', true);

    // Hashtag sets: save the text's hashtags under a name, insert them into another draft.
    await fill(panel, 'input[aria-label="Set name"]', 'Kopi');
    await panel.click('[data-action="save-set"]');
    await waitFor(async () => /Hashtag set "Kopi" saved/.test(await text(panel, '[data-testid="composer-notice"]')), 'set saved');

    await panel.click('[data-action="save-draft"]');
    await panel.waitForSelector('[data-testid="draft-status"]');
    const saved = (await readStore<Draft>(panel, 'drafts')).find((d) => d.text === LONG)!;
    expect(saved.platforms).toEqual(['x', 'linkedin', 'instagram']);
    expect(Object.keys(saved.variants ?? {})).toEqual(['linkedin']);
    await panel.close();
  });

  it('"Add to queue" takes the next free queue slot and sets its alarm', async () => {
    const panel = await openComposer(s);
    await panel.click('[data-action="new-draft"]');
    await setTargets(panel, ['linkedin']);
    await fill(panel, '[data-testid="base-text"]', 'Lowongan: barista paruh waktu di Jakarta Selatan.');
    await panel.select('[data-testid="hashtag-set"]', 'Kopi');
    expect(await panel.$eval('[data-testid="base-text"]', (e) => (e as HTMLTextAreaElement).value)).toBe(
      'Lowongan: barista paruh waktu di Jakarta Selatan.\n\n#kopi #promo',
    );
    // The first slot at least a minute after a time, as the planner reads the rules.
    const slotAfter = () =>
      panel.evaluate(() => {
        for (let t = Date.now() + 60_000; ; t += 60_000) {
          const d = new Date(t);
          if (d.getDay() >= 1 && d.getDay() <= 5 && [9, 19].includes(d.getHours()) && d.getMinutes() === 0 && d.getSeconds() < 60) {
            return new Date(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()).getTime();
          }
        }
      });
    const before = await slotAfter();
    await panel.click('[data-action="add-to-queue"]');
    const notice = await waitFor(async () => {
      const t = await text(panel, '[data-testid="composer-notice"]').catch(() => '');
      return /Added to the queue/.test(t) && t;
    }, 'queued notice');
    const draft = (await readStore<Draft>(panel, 'drafts')).find((d) => d.text.startsWith('Lowongan'))!;
    expect(draft.text.endsWith('#kopi #promo')).toBe(true);
    expect(draft.status).toBe('scheduled');
    // Default LinkedIn queue: weekdays at 09:00 and 19:00 in the browser's zone.
    // The click happened between the two reads: a slot boundary passing in that second moves it to the next.
    const after = await slotAfter();
    expect([before, after]).toContain(draft.scheduledAt);
    const expected = draft.scheduledAt!;
    expect(notice).toContain(String(await panel.evaluate((ms) => new Date(ms).getFullYear(), expected)));
    const alarms = await panel.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toContain(`draft:${draft.id}`);

    // The calendar shows it; a drag to the next day keeps its time.
    await panel.click('[data-tab="calendar"]');
    await panel.click('[data-view-button="month"]');
    // The slot and the day after it can fall in next month's view (a slot on Friday 30 January is
    // shown with February's first week): page forward until both cells are there.
    const next = await panel.evaluate((ms) => {
      const d = new Date(ms);
      const n = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
      return `${n.getFullYear()}-${String(n.getMonth() + 1).padStart(2, '0')}-${String(n.getDate()).padStart(2, '0')}`;
    }, expected);
    const nextAt = await panel.evaluate((ms) => {
      const d = new Date(ms);
      return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, d.getHours(), d.getMinutes()).getTime();
    }, expected);
    for (let i = 0; i < 2 && !((await panel.$(`[data-cal-draft="${draft.id}"]`)) && (await panel.$(`[data-day="${next}"]`))); i++)
      await panel.click('[data-action="next"]');
    const chip = await panel.waitForSelector(`[data-cal-draft="${draft.id}"]`);
    expect(chip).not.toBeNull();
    await panel.evaluate(
      (id, day) => {
        const from = document.querySelector(`[data-cal-draft="${id}"]`)!;
        const to = document.querySelector(`[data-day="${day}"]`)!;
        const data = new DataTransfer();
        from.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
        to.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
        to.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      },
      draft.id,
      next,
    );
    await waitFor(
      async () => (await readStore<Draft>(panel, 'drafts')).find((d) => d.id === draft.id)!.scheduledAt === nextAt,
      'rescheduled by drag',
    );
    await panel.waitForSelector(`[data-day="${next}"] [data-cal-draft="${draft.id}"]`);
    await screenshot(panel, 'calendar-en');
    await panel.close();
  });

  it('a reminder fires, and "Post now" fills the x.com (thread + image) and bsky.app composers without posting', async () => {
    const x = await s.browser.newPage();
    await serve(x, { 'https://x.com/home': { body: xComposerPage() } });
    await x.goto('https://x.com/home');
    const bsky = await s.browser.newPage();
    await serve(bsky, { 'https://bsky.app/': { body: bskyComposerPage() } });
    await bsky.goto('https://bsky.app/');

    const panel = await openExtensionPage(s, 'sidepanel.html', { width: 420, height: 900 });
    const res = await sendFromExtension<{ ok: boolean; id: string }>(panel, 'scheduleDraft', {
      text: LONG,
      platforms: ['x', 'bluesky'],
      variants: { bluesky: 'Promo kopi minggu ini 🎉 diskon 20%! #kopi' },
      thread: true,
      scheduledAt: Date.now() + 1500,
    });
    expect(res.ok).toBe(true);
    expect(await attachPng(panel, res.id)).toMatchObject({ ok: true });

    await waitFor(async () => (await readStore<Draft>(panel, 'drafts')).find((d) => d.id === res.id)?.status === 'due', 'due', 15_000);
    const notes = await waitFor(async () => {
      const all = await panel.evaluate(() => chrome.notifications.getAll());
      return all[`draft:${res.id}`] && all;
    }, 'the reminder notification');
    expect(Object.keys(notes)).toContain(`draft:${res.id}`);

    // The panel lists it as due, with one-click "Post now": the same action as the notification's button.
    await panel.reload();
    await panel.waitForSelector(`[data-testid="attention"] [data-draft-id="${res.id}"]`);
    await panel.click(`[data-testid="attention"] [data-draft-id="${res.id}"] [data-action="post-now"]`);

    const xParts = await waitFor(
      () =>
        x
          .$$eval('[data-testid^="tweetTextarea_"]', (els) => els.map((e) => e.textContent ?? ''))
          .then((t) => t.length === 2 && t[1] !== '' && t),
      'a two-post thread in the X composer',
    );
    expect(xParts.join(' ')).toBe(LONG);
    expect(await x.evaluate(() => (window as unknown as { __files: string[] }).__files)).toEqual(['menu.png:70']);
    const bskyText = await waitFor(
      () => bsky.$eval('.ProseMirror', (e) => e.textContent ?? '').then((t) => t.length > 0 && t),
      'bsky composer',
    );
    expect(bskyText).toBe('Promo kopi minggu ini 🎉 diskon 20%! #kopi');
    for (const page of [x, bsky]) expect(await page.evaluate(() => (window as unknown as { __postClicks: number }).__postClicks)).toBe(0);
    // The composer shows the text a moment before the worker writes the delivery back: wait for the write.
    const row = await waitFor(async () => {
      const d = (await readStore<Draft>(panel, 'drafts')).find((r) => r.id === res.id)!;
      return d.delivery?.x && d.delivery?.bluesky && d;
    }, 'both deliveries recorded');
    expect([row.delivery?.x?.via, row.delivery?.bluesky?.via]).toEqual(['inPage', 'inPage']);
    await Promise.all([x.close(), bsky.close(), panel.close()]);
  });

  it("drafts a post from a page selection (the context menu's action), opening it in the composer with UTM on", async () => {
    const article = await s.browser.newPage();
    await serve(article, { 'https://news.example/kopi-2026': { body: articlePage() } });
    await article.goto('https://news.example/kopi-2026');
    const selection = await article.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('quote')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    const panel = await openExtensionPage(s, 'sidepanel.html', { width: 420, height: 1000 });
    const res = await sendFromExtension<{ ok: boolean; id: string }>(panel, 'draftFromPage', {
      pageUrl: 'https://news.example/kopi-2026',
      title: 'Tren kopi 2026',
      selectionText: selection,
    });
    expect(res.ok).toBe(true);
    await panel.waitForSelector('[data-testid="base-text"]');
    const base = await panel.$eval('[data-testid="base-text"]', (e) => (e as HTMLTextAreaElement).value);
    expect(base).toBe('“Konsumsi kopi susu gula aren naik 40% tahun ini.”\n\nhttps://news.example/kopi-2026');
    expect(await panel.$eval('[data-action="toggle-utm"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    expect(await text(panel, '[data-variant="x"] [data-preview="x"]')).toContain(
      'https://news.example/kopi-2026?utm_source=x&utm_medium=social',
    );
    await Promise.all([article.close(), panel.close()]);
  });
});

describe('posting: Bluesky API against a real PDS', () => {
  let pds: RealPds;
  let s: Session;
  beforeAll(async () => {
    pds = await RealPds.start();
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
    await pds?.stop();
  });
  type Secret = { key: string; value: { accessJwt: string; refreshJwt: string } };
  const partsOf = async (page: Page, id: string) =>
    ((await readStore<Draft>(page, 'drafts')).find((d) => d.id === id)!.delivery!.bluesky!.parts as Array<{ id: string }>).map((p) => p.id);
  const covered = (r: PostRecord) => {
    const bytes = new TextEncoder().encode(r.value.text);
    return (r.value.facets ?? []).map((f) => [new TextDecoder().decode(bytes.slice(f.index.byteStart, f.index.byteEnd)), f.features]);
  };

  it('connects with an app password and posts a thread as a reply chain, with facets', async () => {
    const options = await openExtensionPage(s, 'options.html', { width: 700, height: 1400 });
    await options.waitForSelector('[data-action="connect-bluesky"]');
    // The user's own PDS, typed into Settings: the same field a self-hosted account uses.
    await fill(options, '[data-connection="bluesky"] input[aria-label="Server (PDS)"]', pds.origin);
    await fill(options, '[data-connection="bluesky"] input[aria-label="Handle or email"]', pds.poster.handle);
    await fill(options, '[data-connection="bluesky"] input[type="password"]', 'abcd-efgh-ijkl-mnop');
    await options.click('[data-action="connect-bluesky"]');
    expect(
      await (await options.waitForSelector('[data-testid="posting-settings"] [role="alert"]'))!.evaluate((e) => e.textContent),
    ).toMatch(/app password/);
    await fill(options, '[data-connection="bluesky"] input[type="password"]', pds.poster.appPassword);
    await options.click('[data-action="connect-bluesky"]');
    await options.waitForSelector('[data-testid="bluesky-connected"]');
    // The token is in the extension's own database, never in storage a content script can read; the password nowhere.
    const [secret] = await readStore<Secret>(options, 'secrets');
    const local = JSON.stringify(await options.evaluate(() => chrome.storage.local.get(null)));
    expect(local).not.toContain(secret!.value.accessJwt);
    expect(local + JSON.stringify(secret)).not.toContain(pds.poster.appPassword);

    const panel = await openComposer(s);
    await setTargets(panel, ['bluesky']);
    const thread = `${LONG} Sampai jumpa di kedai, @teman.test! ☕`;
    await fill(panel, '[data-testid="base-text"]', thread);
    await panel.click('[data-action="toggle-thread"]');
    await panel.waitForSelector('[data-post-api="bluesky"]');
    await panel.click('[data-post-api="bluesky"]');
    const notice = await waitFor(
      async () => {
        const t = await text(panel, '[data-testid="composer-notice"]').catch(() => '');
        return /Posted to Bluesky/.test(t) && t;
      },
      'posted notice',
      15_000,
    );
    expect(notice).toContain('2 of 2');
    const row = (await readStore<Draft>(panel, 'drafts')).find((d) => d.text === thread)!;
    expect(row.status).toBe('posted');
    // Read back from the PDS: the text, the reply refs (with the CIDs the PDS gave) and the facets.
    const records = await Promise.all((await partsOf(panel, row.id)).map((uri) => pds.getRecord(uri)));
    expect(records.map((r) => r.value.text).join(' ')).toBe(thread);
    expect(records[0]!.value.reply).toBeUndefined();
    const root = { uri: records[0]!.uri, cid: records[0]!.cid };
    expect(records[1]!.value.reply).toEqual({ root, parent: root });
    expect(row.delivery!.bluesky!.url).toBe(`https://bsky.app/profile/kopi.test/post/${root.uri.split('/').pop()}`);
    const facets = records.flatMap(covered);
    expect(facets).toContainEqual(['#kopi', [{ $type: 'app.bsky.richtext.facet#tag', tag: 'kopi' }]]);
    expect(facets).toContainEqual(['https://pantau.id/promo', [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://pantau.id/promo' }]]);
    expect(facets).toContainEqual(['@teman.test', [{ $type: 'app.bsky.richtext.facet#mention', did: pds.friend.did }]]);
    expect(pds.created().map((c) => c.validationStatus)).toEqual(['valid', 'valid']);
    await Promise.all([options.close(), panel.close()]);
  });

  it('posts an image (uploadBlob, then the embed) after refreshing an expired session', async () => {
    const panel = await openExtensionPage(s, 'sidepanel.html');
    const draft = await sendFromExtension<{ ok: boolean; id: string }>(panel, 'saveDraft', {
      text: 'Foto menu baru 📸 #kopi',
      platforms: ['bluesky'],
    });
    expect(await attachPng(panel, draft.id)).toMatchObject({ ok: true });
    // The stored access token, expired: the PDS refuses it as it refuses any token past its two hours.
    const [secret] = await readStore<Secret>(panel, 'secrets');
    await seedStores(panel, { secrets: [{ ...secret!, value: { ...secret!.value, accessJwt: pds.expired(secret!.value.accessJwt) } }] });
    pds.reset();
    expect(await sendFromExtension(panel, 'postViaApi', { id: draft.id, target: 'bluesky' })).toMatchObject({ ok: true, live: 1 });
    expect(pds.answers.map((a) => [a.path.replace('/xrpc/', ''), a.status, a.body.error])).toEqual([
      ['com.atproto.repo.uploadBlob', 400, 'ExpiredToken'],
      ['com.atproto.server.refreshSession', 200, undefined],
      ['com.atproto.repo.uploadBlob', 200, undefined],
      ['com.atproto.repo.createRecord', 200, undefined],
    ]);
    const [stored] = await readStore<Secret>(panel, 'secrets');
    expect(stored!.value.accessJwt).toBe(pds.answers[1]!.body.accessJwt);
    expect(stored!.value.refreshJwt).not.toBe(secret!.value.refreshJwt);

    const [record] = await Promise.all((await partsOf(panel, draft.id)).map((uri) => pds.getRecord(uri)));
    expect(record!.value.text).toBe('Foto menu baru 📸 #kopi');
    expect(covered(record!)).toEqual([['#kopi', [{ $type: 'app.bsky.richtext.facet#tag', tag: 'kopi' }]]]);
    const png = Buffer.from(TINY_PNG, 'base64');
    const [image] = record!.value.embed!.images;
    expect([record!.value.embed!.$type, image!.alt, image!.image.mimeType, image!.image.size]).toEqual([
      'app.bsky.embed.images',
      '',
      'image/png',
      png.length,
    ]);
    const blob = await fetch(`${pds.pdsOrigin}/xrpc/com.atproto.sync.getBlob?did=${pds.poster.did}&cid=${image!.image.ref.$link}`);
    expect(Buffer.from(await blob.arrayBuffer()).equals(png)).toBe(true);
    expect(pds.created().map((c) => c.validationStatus)).toEqual(['valid']);
    await panel.close();
  });
});

describe('posting: a draft whose time passed while the browser was closed', () => {
  it('is `missed` after a restart with the same profile, listed with "Post now"; future alarms come back', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'pantau-restart-'));
    try {
      let s = await launch({ userDataDir: profile });
      let page = await openExtensionPage(s, 'popup.html');
      const future = await sendFromExtension<{ ok: boolean; id: string }>(page, 'scheduleDraft', {
        text: 'Besok pagi',
        platforms: ['x'],
        scheduledAt: Date.now() + 3 * 86_400_000,
      });
      const past = await sendFromExtension<{ ok: boolean; id: string }>(page, 'scheduleDraft', {
        text: 'Promo jam makan siang',
        platforms: ['x'],
        scheduledAt: Date.now() + 60 * 60_000,
      });
      // Captured rows before the restart (through capture: a served profile page's UserTweets).
      const x = await s.browser.newPage();
      await serveXProfile(x, profilePage('XDevelopers'));
      await x.goto('https://x.com/XDevelopers');
      const captured = await waitFor(async () => {
        const rows = await readStore<{ postId: string }>(page, 'posts');
        return rows.length > 0 && rows;
      }, 'captured posts');
      await new Promise((r) => setTimeout(r, 500));
      const before = { posts: await readStore(page, 'posts'), snapshots: await readStore(page, 'postSnapshots') };
      expect(before.posts.length).toBeGreaterThanOrEqual(captured.length);
      // The browser is "closed over" the draft's time: its time is set 30 minutes in the past
      // (as if it passed while closed), then the browser really closes and starts again.
      await page.evaluate(
        (id) =>
          new Promise<void>((resolve) => {
            const open = indexedDB.open('pantau');
            open.onsuccess = () => {
              const tx = open.result.transaction('drafts', 'readwrite');
              const store = tx.objectStore('drafts');
              store.get(id).onsuccess = (e) => {
                const row = (e.target as IDBRequest).result;
                store.put({ ...row, scheduledAt: Date.now() - 30 * 60_000 });
              };
              tx.oncomplete = () => (open.result.close(), resolve());
            };
          }),
        past.id,
      );
      await s.browser.close();

      s = await launch({ userDataDir: profile });
      page = await openExtensionPage(s, 'sidepanel.html', { width: 420, height: 900 });
      const missed = await waitFor(
        async () => (await readStore<Draft>(page, 'drafts')).find((d) => d.id === past.id && d.status === 'missed'),
        'missed',
      );
      expect(missed.text).toBe('Promo jam makan siang');
      const alarms = await waitFor(async () => {
        const all = await page.evaluate(() => chrome.alarms.getAll());
        return all.some((a) => a.name === `draft:${future.id}`) && all;
      }, 'the future alarm');
      expect(alarms.map((a) => a.name)).not.toContain(`draft:${past.id}`);
      // Captured rows are intact.
      expect(await readStore(page, 'posts')).toEqual(before.posts);
      expect(await readStore(page, 'postSnapshots')).toEqual(before.snapshots);
      await page.reload();
      await page.waitForSelector(`[data-drafts="missed"] [data-draft-id="${past.id}"] [data-action="post-now"]`);
      await s.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('posting: screenshots in Bahasa Indonesia', () => {
  it('composer and calendar', async () => {
    const s = await launch({ lang: 'id' });
    try {
      const panel = await openComposer(s);
      await setTargets(panel, ['x', 'instagram', 'bluesky']);
      await fill(panel, '[data-testid="base-text"]', LONG);
      await screenshot(panel, 'composer-id', true);
      await sendFromExtension(panel, 'scheduleDraft', {
        text: 'Promo akhir pekan ☕',
        platforms: ['instagram'],
        scheduledAt: Date.now() + 86_400_000,
      });
      await panel.click('[data-tab="calendar"]');
      await panel.waitForSelector('[data-cal-draft]');
      expect(await text(panel, '[data-tab="calendar"]')).toBe('Kalender');
      await screenshot(panel, 'calendar-id');
      await panel.close();
    } finally {
      await s.close();
    }
  });
});
