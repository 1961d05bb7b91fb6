import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectAccount, connections, credentialsOf, postViaApi } from '@/lib/background/api-posting';
import type { PantauDB } from '@/lib/db/db';
import type { DraftRow } from '@/lib/db/schema';
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
const connectMastodonAccount = async (db: PantauDB, instance: string, token: string) => {
  await connectAccount(db, 'mastodon', { instance, token }, NOW);
  return credentialsOf(db, mastodonPoster);
};
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

// Mastodon runs against the stand-in (tests/helpers/api-server.ts): no Mastodon-API server installs
// from the registries here. Bluesky posting runs against a real PDS: tests/unit/lib/platforms/bluesky/api-posting.test.ts.
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
