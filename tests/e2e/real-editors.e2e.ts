/**
 * "Post now" against the REAL editor libraries the platforms run, served at the real URLs: Draft.js
 * on a React 18 createRoot (X), ProseMirror (Bluesky), Lexical (Threads, Facebook), Quill
 * (LinkedIn). Each page exposes its editors' text read from the library's own state
 * (tests/fixtures/editors). Checked: exactly one copy, a second "Post now" changes nothing, a thread
 * has exactly its parts, images reach the file input, a reply or comment box is never filled, no
 * page error, and Post is never pressed.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildEditorPages, type EditorPage } from '../fixtures/editors/build';
import type { FixtureState } from '../fixtures/editors/common';
import { attachPng, launch, openExtensionPage, sendFromExtension, serve, TINY_PNG, type Session } from './harness';

type Outcome = { ok: boolean; method: string; filled: number; total: number; media: string };
type Seen = Omit<FixtureState, 'post' | 'reply' | 'swallowedPastes'> & { post: string[]; reply: string[] };

const PNG = TINY_PNG;
const SHORT = 'Kopi susu gula aren, diskon 20% hari ini ☕\n\nMampir ke kedai kami di Jakarta Selatan. #kopi';
/** Over 280 (X) and over 300 (Bluesky): a thread of two there. */
const LONG =
  'Kopi susu gula aren adalah minuman favorit kami. Setiap pagi kami menyeduh biji pilihan dari Aceh Gayo, disangrai sendiri di kedai. ' +
  'Promo berlaku sampai Minggu: diskon 20% untuk semua menu, termasuk es kopi susu, latte, dan cappuccino. Ajak teman kamu juga! ' +
  'Info lengkap di https://pantau.id/promo #kopi #promo';
/** Over 500 graphemes (Threads): a thread of two there. */
const LONGER = `${LONG} Kami juga buka kelas seduh manual setiap Sabtu pagi: V60, Aeropress, dan French press, dengan biji dari tiga daerah. Kuota terbatas, daftar lewat tautan di bio. Bawa botol minum sendiri dan dapatkan potongan lima ribu rupiah untuk setiap gelas. Sampai jumpa!`;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const occurrences = (hay: string, needle: string) => norm(hay).split(norm(needle)).length - 1;

let s: Session;
let pages: Record<EditorPage, string>;
let panel: Page;
const open: Page[] = [];

beforeAll(async () => {
  pages = await buildEditorPages();
  s = await launch();
  panel = await openExtensionPage(s, 'sidepanel.html', { width: 420, height: 900 });
});
afterAll(async () => {
  await s?.close();
});
afterEach(async () => {
  // One tab per platform at a time: the background fills the platform's most recent tab.
  await Promise.all(open.splice(0).map((p) => p.close()));
});

async function platformPage(page: EditorPage, url: string): Promise<Page> {
  const tab = await s.browser.newPage();
  open.push(tab);
  await serve(tab, { [url]: { body: pages[page] } });
  await tab.goto(url);
  await tab.waitForFunction(() => Boolean(window.__pantau));
  return tab;
}

const seen = (tab: Page): Promise<Seen> =>
  tab.evaluate(() => {
    const st = window.__pantau;
    return {
      post: st.post(),
      reply: st.reply(),
      errors: st.errors,
      files: st.files,
      fileChanges: st.fileChanges,
      postClicks: st.postClicks,
    };
  });

async function draft(text: string, target: string, opts: { thread?: boolean; image?: boolean } = {}): Promise<string> {
  const res = await sendFromExtension<{ ok: boolean; id: string }>(panel, 'saveDraft', {
    text,
    platforms: [target],
    ...(opts.thread ? { thread: true } : {}),
  });
  expect(res.ok).toBe(true);
  if (opts.image) expect(await attachPng(panel, res.id, PNG)).toMatchObject({ ok: true });
  return res.id;
}

async function postNow(id: string, target: string): Promise<Outcome> {
  const res = await sendFromExtension<{ ok: boolean; outcomes: Record<string, Outcome> }>(panel, 'postDraftNow', { id, target });
  expect(res.ok).toBe(true);
  return res.outcomes[target]!;
}

/** The composer holds the draft once: its posts in order, each exactly one part, together the whole text. */
function expectExactly(state: Seen, text: string, posts: number) {
  expect(state.post.length).toBe(posts);
  expect(state.post.every((p) => norm(p).length > 0)).toBe(true);
  expect(norm(state.post.join(' '))).toBe(norm(text));
  for (const p of state.post) expect(occurrences(state.post.join(' '), p)).toBe(1);
  expect(state.errors).toEqual([]);
  expect(state.postClicks).toBe(0);
}

/** Home composer: fill, fill again (nothing changes), with a thread where the platform threads and an image. */
async function homeComposer(page: EditorPage, target: string, url: string, text: string, posts: number) {
  const tab = await platformPage(page, url);
  const id = await draft(text, target, { thread: posts > 1, image: true });
  const first = await postNow(id, target);
  expect(first).toMatchObject({ ok: true, method: 'inPage', filled: posts, total: posts, media: 'attached' });
  const once = await seen(tab);
  expectExactly(once, text, posts);
  expect(once.files).toEqual(['menu.png:70']);

  // A second "Post now": the same draft, the same composer, exactly one copy still.
  const second = await postNow(id, target);
  expect(second).toMatchObject({ ok: true, method: 'inPage', filled: posts, total: posts });
  const twice = await seen(tab);
  expectExactly(twice, text, posts);
  expect(twice.post).toEqual(once.post);
  expect([twice.files, twice.fileChanges]).toEqual([['menu.png:70'], 1]); // the image once, not twice
}

describe('real editors: the home composer, exactly once', () => {
  it('X (Draft.js on a React 18 createRoot): a two-post thread with an image; a second "Post now" leaves one copy', async () => {
    await homeComposer('x', 'x', 'https://x.com/home', LONG, 2);
  });

  it('Bluesky (ProseMirror): a two-post thread with an image; a second "Post now" leaves one copy', async () => {
    await homeComposer('bluesky', 'bluesky', 'https://bsky.app/', LONG, 2);
  });

  it('Threads (Lexical): a two-post thread with an image; a second "Post now" leaves one copy', async () => {
    await homeComposer('threads', 'threads', 'https://www.threads.com/', LONGER, 2);
  });

  it('Facebook (Lexical): the post dialog gets one post with an image; a second "Post now" leaves one copy', async () => {
    await homeComposer('facebook', 'facebook', 'https://www.facebook.com/', SHORT, 1);
  });

  it('LinkedIn (Quill): the share box gets one post with an image; a second "Post now" leaves one copy', async () => {
    await homeComposer('linkedin', 'linkedin', 'https://www.linkedin.com/feed/', SHORT, 1);
  });

  it('the quick composer\'s "Post on X" (loose text, no draft) twice: one copy in the Draft.js composer', async () => {
    const tab = await platformPage('x', 'https://x.com/home');
    for (let i = 0; i < 2; i++) {
      const out = await sendFromExtension<Outcome>(panel, 'composeNow', { target: 'x', parts: [SHORT] });
      expect(out).toMatchObject({ ok: true, method: 'inPage', filled: 1, total: 1 });
      expectExactly(await seen(tab), SHORT, 1);
    }
  });

  it('Lexical that swallows pastes: the fill falls back to beforeinput once the paste is read back as failed, one copy', async () => {
    const tab = await platformPage('threads', 'https://www.threads.com/?swallow-paste');
    const id = await draft(SHORT, 'threads');
    for (let i = 0; i < 2; i++) {
      expect(await postNow(id, 'threads')).toMatchObject({ ok: true, method: 'inPage', filled: 1 });
      expectExactly(await seen(tab), SHORT, 1);
    }
    // The first fill's paste was eaten (the second found the text already there).
    expect(await tab.evaluate(() => window.__pantau.swallowedPastes)).toBe(1);
  });

  it('a shorter draft after a longer thread replaces it: the first post and no leftover posts', async () => {
    const tab = await platformPage('x', 'https://x.com/home');
    await postNow(await draft(LONG, 'x', { thread: true }), 'x');
    expect((await seen(tab)).post.length).toBe(2);
    expect(await postNow(await draft(SHORT, 'x'), 'x')).toMatchObject({ ok: true, method: 'inPage', filled: 1, total: 1 });
    const after = await seen(tab);
    expect(norm(after.post[0]!)).toBe(norm(SHORT));
    expect(after.post.slice(1).map(norm)).toEqual(['']); // the old second post is emptied, not left behind
    expect(after.errors).toEqual([]);
  });
});

describe('real editors: a post page with a reply or comment box, never filled', () => {
  it('X status page: the inline reply box stays empty; the composer dialog opens and holds the post once', async () => {
    const tab = await platformPage('x', 'https://x.com/pesaing/status/1800000000000000001');
    const out = await postNow(await draft(SHORT, 'x'), 'x');
    expect(out).toMatchObject({ ok: true, method: 'inPage', filled: 1 });
    const st = await seen(tab);
    expect(st.reply).toEqual(['']);
    expectExactly(st, SHORT, 1);
    expect(await tab.$('[role="dialog"] [data-testid="tweetTextarea_0"]')).not.toBeNull();
  });

  it('Threads post page: the reply box stays empty; the "New thread" dialog opens and holds the post once', async () => {
    const tab = await platformPage('threads', 'https://www.threads.com/@pesaing/post/C1');
    expect(await postNow(await draft(SHORT, 'threads'), 'threads')).toMatchObject({ ok: true, method: 'inPage', filled: 1 });
    const st = await seen(tab);
    expect(st.reply).toEqual(['']);
    expectExactly(st, SHORT, 1);
  });

  it('Facebook post dialog: its comment box stays empty; the post dialog opens and holds the post once', async () => {
    const tab = await platformPage('facebook', 'https://www.facebook.com/pesaing/posts/123456789');
    expect(await postNow(await draft(SHORT, 'facebook'), 'facebook')).toMatchObject({ ok: true, method: 'inPage', filled: 1 });
    const st = await seen(tab);
    expect(st.reply).toEqual(['']);
    expectExactly(st, SHORT, 1);
  });

  it('Bluesky with only a reply composer open: it stays empty, and the compose intent page opens instead', async () => {
    const tab = await platformPage('bluesky', 'https://bsky.app/profile/pesaing.bsky.social/post/3kabc');
    const intent = s.browser.waitForTarget((t) => t.url().startsWith('https://bsky.app/intent/compose'), { timeout: 15_000 });
    const out = await postNow(await draft(SHORT, 'bluesky'), 'bluesky');
    expect(out).toMatchObject({ ok: true, method: 'intent' });
    expect(new URL((await intent).url()).searchParams.get('text')).toBe(SHORT);
    const st = await seen(tab);
    expect(st.reply).toEqual(['']);
    expect(st.post).toEqual([]);
    expect(st.errors).toEqual([]);
    const page = await (await intent).page();
    if (page) open.push(page);
  });

  it('LinkedIn post page: the comment box stays empty; the text goes by clipboard to the feed', async () => {
    const tab = await platformPage('linkedin', 'https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001/');
    const feed = s.browser.waitForTarget((t) => t !== tab.target() && t.url() === 'https://www.linkedin.com/feed/', { timeout: 15_000 });
    const out = await postNow(await draft(SHORT, 'linkedin'), 'linkedin');
    expect(out).toMatchObject({ ok: true, method: 'clipboard' });
    await feed;
    const st = await seen(tab);
    expect(st.reply).toEqual(['']);
    expect(st.errors).toEqual([]);
    expect(st.postClicks).toBe(0);
    const page = await (await feed).page();
    if (page) open.push(page);
  });
});
