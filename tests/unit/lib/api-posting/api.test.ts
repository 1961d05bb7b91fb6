import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectAccount, connections, credentialsOf, postViaApi } from '@/lib/background/api-posting';
import type { PantauDB } from '@/lib/db/db';
import type { DraftRow } from '@/lib/db/schema';
import { blueskyPoster } from '@/lib/platforms/bluesky/api-posting';
import { byteOffset, facetsFor } from '@/lib/platforms/bluesky/facets';
import { mastodonPoster } from '@/lib/platforms/mastodon/api-posting';
import { ApiServer } from '../../../helpers/api-server';
import { freshDb } from '../../../helpers/db';

const server = new ApiServer();
let origin = '';
beforeAll(async () => {
  origin = await server.start();
});
afterAll(() => server.stop());
beforeEach(() => {
  fakeBrowser.reset();
  server.reset();
});

const NOW = Date.UTC(2026, 10, 23, 9, 0);
// Connecting goes through the same generic path for every API platform, with its connect form's fields.
const connectBluesky = (db: PantauDB, service: string, identifier: string, password: string, now: number) =>
  connectAccount(db, 'bluesky', { service, identifier, password }, now);
const connectMastodonAccount = async (db: PantauDB, instance: string, token: string) => {
  await connectAccount(db, 'mastodon', { instance, token }, NOW);
  return credentialsOf(db, mastodonPoster);
};
const getBlueskySession = (db: PantauDB) => credentialsOf(db, blueskyPoster);
const draft = (over: Partial<DraftRow> = {}): DraftRow => ({
  id: 'd1',
  text: 'x',
  platforms: ['bluesky'],
  status: 'draft',
  createdAt: NOW,
  updatedAt: NOW,
  ...over,
});

describe('Bluesky facets (UTF-8 byte offsets)', () => {
  it('links, mentions and hashtags after emoji and Indonesian words', async () => {
    const text = 'Halo 👋 @teman.bsky.social! Kopi ☕ #kopiSusu di https://pantau.example/menu?q=é';
    const facets = await facetsFor(text, async (h) => (h === 'teman.bsky.social' ? 'did:plc:teman' : undefined));
    // "Halo " = 5 bytes, 👋 = 4 bytes, " " = 1 → the mention starts at byte 10.
    expect(facets).toEqual([
      { index: { byteStart: 10, byteEnd: 28 }, features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:teman' }] },
      { index: { byteStart: 39, byteEnd: 48 }, features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'kopiSusu' }] },
      {
        index: { byteStart: 52, byteEnd: 84 },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://pantau.example/menu?q=é' }],
      },
    ]);
    const bytes = new TextEncoder().encode(text);
    const slice = (s: number, e: number) => new TextDecoder().decode(bytes.slice(s, e));
    expect(facets.map((f) => slice(f.index.byteStart, f.index.byteEnd))).toEqual([
      '@teman.bsky.social',
      '#kopiSusu',
      'https://pantau.example/menu?q=é',
    ]);
  });
  it('an unresolvable mention stays plain text', async () => {
    expect(await facetsFor('hai @siapa.example', async () => undefined)).toEqual([]);
    expect(byteOffset('é👍a', 3)).toBe(6);
  });
});

describe('Bluesky direct posting against a local PDS', () => {
  it('a wrong app password is refused in words and nothing is stored', async () => {
    const db = freshDb();
    await expect(connectBluesky(db, origin, 'kopi.bsky.social', 'wrong', NOW)).rejects.toMatchObject({ code: 'wrongPassword' });
    expect(await getBlueskySession(db)).toBeUndefined();
  });

  it('posts a thread as a reply chain with facets, and resumes after a failure partway', async () => {
    const db = freshDb();
    await connectBluesky(db, origin, 'kopi.bsky.social', server.password, NOW);
    expect(await connections(db)).toEqual({ bluesky: { label: '@kopi.bsky.social', server: origin } });
    expect((await db.accounts.toArray()).map((a) => [a.platform, a.handle, a.role])).toEqual([['bluesky', 'kopi.bsky.social', 'own']]);
    const d = draft({
      thread: true,
      threads: { bluesky: ['Pagi 🌅 #kopi', 'Mampir ke @teman.bsky.social', 'Menu: https://pantau.example/m'] },
    });
    await db.drafts.put(d);

    server.failAt = { index: 1, status: 429 };
    const first = await postViaApi(db, d, 'bluesky', () => NOW);
    expect(first).toMatchObject({ ok: false, error: 'rateLimited', live: 1, total: 3 });
    expect((await db.drafts.get('d1'))!.delivery!.bluesky).toMatchObject({
      via: 'api',
      error: 'rateLimited',
      total: 3,
      parts: [{ id: 'at://did:plc:pantautest/app.bsky.feed.post/rkey0' }],
    });
    expect((await db.drafts.get('d1'))!.status).toBe('draft');

    const second = await postViaApi(db, (await db.drafts.get('d1'))!, 'bluesky', () => NOW);
    expect(second).toEqual({ ok: true, live: 3, total: 3, url: 'https://bsky.app/profile/kopi.bsky.social/post/rkey0' });
    const sent = server.records();
    // The first post was not sent twice: the rate-limited second post was retried, then the third.
    expect(sent.map((r) => r.record.text)).toEqual([
      'Pagi 🌅 #kopi',
      'Mampir ke @teman.bsky.social',
      'Mampir ke @teman.bsky.social',
      'Menu: https://pantau.example/m',
    ]);
    const records = [sent[0]!, sent[2]!, sent[3]!];
    const root = { uri: 'at://did:plc:pantautest/app.bsky.feed.post/rkey0', cid: 'cid0' };
    expect(records[0]).toEqual({
      repo: 'did:plc:pantautest',
      collection: 'app.bsky.feed.post',
      record: {
        $type: 'app.bsky.feed.post',
        text: 'Pagi 🌅 #kopi',
        createdAt: new Date(NOW).toISOString(),
        facets: [{ index: { byteStart: 10, byteEnd: 15 }, features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'kopi' }] }],
      },
    });
    expect(records[1]!.record).toMatchObject({
      text: 'Mampir ke @teman.bsky.social',
      facets: [{ index: { byteStart: 10, byteEnd: 28 }, features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:teman' }] }],
      reply: { root, parent: root },
    });
    expect(records[2]!.record).toMatchObject({
      reply: { root, parent: { uri: 'at://did:plc:pantautest/app.bsky.feed.post/rkey1', cid: 'cid1' } },
    });
    const row = (await db.drafts.get('d1'))!;
    expect(row.status).toBe('posted');
    expect(row.delivery!.bluesky!.parts).toHaveLength(3);
  });

  it('refreshes an expired session once and keeps the new tokens', async () => {
    const db = freshDb();
    await connectBluesky(db, origin, 'kopi.bsky.social', server.password, NOW);
    await db.drafts.put(draft({ text: 'Satu posting saja' }));
    server.expireOnce = true;
    expect(await postViaApi(db, (await db.drafts.get('d1'))!, 'bluesky', () => NOW)).toMatchObject({ ok: true, live: 1 });
    expect(server.seen.map((s) => s.path)).toContain('/xrpc/com.atproto.server.refreshSession');
    expect((await getBlueskySession(db))!.accessJwt).toBe('access-2');
  });

  it("uploads the draft's images and embeds them in the first post", async () => {
    const db = freshDb();
    await connectBluesky(db, origin, 'kopi.bsky.social', server.password, NOW);
    await db.drafts.put(draft({ text: 'Foto menu baru' }));
    await db.media.put({
      id: 'm1',
      draftId: 'd1',
      name: 'menu.png',
      type: 'image/png',
      size: 3,
      blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
      addedAt: NOW,
    });
    expect(await postViaApi(db, (await db.drafts.get('d1'))!, 'bluesky', () => NOW)).toMatchObject({ ok: true });
    expect(server.seen.find((s) => s.path.endsWith('uploadBlob'))).toMatchObject({ type: 'image/png', body: 'AQID' });
    expect(server.records()[0]!.record.embed).toEqual({
      $type: 'app.bsky.embed.images',
      images: [{ alt: '', image: { $type: 'blob', ref: { $link: 'bafyimage' }, mimeType: 'image/png', size: 3 } }],
    });
  });

  it('not connected is said as such', async () => {
    expect(await postViaApi(freshDb(), draft(), 'bluesky', () => NOW)).toEqual({ ok: false, error: 'notConnected' });
  });
});

describe('Mastodon direct posting against a local instance', () => {
  it('connects (reading the instance limit), and posts a thread with in_reply_to_id', async () => {
    const db = freshDb();
    await expect(connectMastodonAccount(db, origin, 'nope')).rejects.toMatchObject({ code: 'wrongToken' });
    const account = await connectMastodonAccount(db, origin, server.token);
    expect(account).toEqual({ instance: origin, token: server.token, acct: 'kopi', limit: 1000 });
    expect((await connections(db)).mastodon).toEqual({ label: `kopi · ${new URL(origin).host}`, server: origin, limit: 1000 });
    const d = draft({
      platforms: ['mastodon'],
      thread: true,
      numbering: true,
      threads: { mastodon: ['Halo fediverse 👋', 'Bagian kedua'] },
    });
    await db.drafts.put(d);
    expect(await postViaApi(db, d, 'mastodon', () => NOW)).toEqual({ ok: true, live: 2, total: 2, url: `${origin}/@kopi/status0` });
    expect(server.statuses()).toEqual([{ status: 'Halo fediverse 👋 1/2' }, { status: 'Bagian kedua 2/2', in_reply_to_id: 'status0' }]);
    expect(server.seen.filter((s) => s.path === '/api/v1/statuses').every((s) => s.auth === `Bearer ${server.token}`)).toBe(true);
  });

  it('too long and rate limited are said in words, with what is live', async () => {
    const db = freshDb();
    await connectMastodonAccount(db, origin, server.token);
    await db.drafts.put(draft({ id: 'd2', platforms: ['mastodon'], text: 'panjang' }));
    server.failAt = { index: 0, status: 422, error: 'Validation failed: Text character limit of 500 exceeded (too long)' };
    expect(await postViaApi(db, (await db.drafts.get('d2'))!, 'mastodon', () => NOW)).toMatchObject({
      ok: false,
      error: 'tooLong',
      live: 0,
    });
  });
});

describe('API platforms', () => {
  it('every definition that says it posts by API has an implementation, and no other', async () => {
    const { API_POSTERS } = await import('@/lib/platforms/api-posters');
    const { API_TARGETS } = await import('@/lib/platforms/registry');
    expect(API_POSTERS.map((p) => p.target).sort()).toEqual([...API_TARGETS].sort());
  });
});
