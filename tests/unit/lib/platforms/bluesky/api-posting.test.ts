import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectAccount, connections, credentialsOf, postViaApi } from '@/lib/background/api-posting';
import type { PantauDB } from '@/lib/db/db';
import type { DraftRow } from '@/lib/db/schema';
import { putSecret } from '@/lib/db/secrets';
import { blueskyPoster } from '@/lib/platforms/bluesky/api-posting';
import { freshDb } from '../../../../helpers/db';
import { RealPds, type PostRecord } from '../../../../helpers/pds';

// Bluesky direct posting against a real PDS (@atproto/dev-env, started here on 127.0.0.1): the
// server checks what a stand-in of ours would only echo: the app password, the handle a mention
// names, the lexicon, the blobs a record references, the reply refs' CIDs, token expiry.
let pds: RealPds;
beforeAll(async () => {
  pds = await RealPds.start();
}, 30_000);
afterAll(() => pds?.stop());
beforeEach(() => {
  fakeBrowser.reset();
  pds.reset();
});

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const draft = (over: Partial<DraftRow> = {}): DraftRow => ({
  id: 'd1',
  text: 'x',
  platforms: ['bluesky'],
  status: 'draft',
  createdAt: NOW,
  updatedAt: NOW,
  ...over,
});
const connect = (db: PantauDB, password = pds.poster.appPassword) =>
  connectAccount(db, 'bluesky', { service: pds.origin, identifier: pds.poster.handle, password }, NOW);
const session = (db: PantauDB) => credentialsOf(db, blueskyPoster);
const post = async (db: PantauDB, over: Partial<DraftRow>) => {
  await db.drafts.put(draft(over));
  return postViaApi(db, (await db.drafts.get(over.id ?? 'd1'))!, 'bluesky', () => NOW);
};
/** The records of a delivery, read back from the PDS. */
const readBack = async (db: PantauDB, id = 'd1') =>
  Promise.all(((await db.drafts.get(id))!.delivery!.bluesky!.parts ?? []).map((p) => pds.getRecord(p.id)));
/** The text each facet covers, cut from the record's UTF-8 bytes. */
const covered = (r: PostRecord) => {
  const bytes = new TextEncoder().encode(r.value.text);
  return (r.value.facets ?? []).map((f) => [new TextDecoder().decode(bytes.slice(f.index.byteStart, f.index.byteEnd)), f.features]);
};
const scope = (jwt: string) => (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { scope: string }).scope;
// A real 1×1 PNG: the PDS sniffs the bytes, and the lexicon takes only images.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

// Each test signs in (the PDS hashes app passwords with scrypt) and makes several requests: allow for a busy machine.
describe('Bluesky direct posting against a real PDS', { timeout: 20_000 }, () => {
  it('signs in with an app password; a wrong one is refused in words and nothing is stored', async () => {
    const db = freshDb();
    await expect(connect(db, 'abcd-efgh-ijkl-mnop')).rejects.toMatchObject({ code: 'wrongPassword' });
    expect(await session(db)).toBeUndefined();

    expect(await connect(db)).toEqual({ label: '@kopi.test', server: pds.origin });
    expect(await connections(db)).toEqual({ bluesky: { label: '@kopi.test', server: pds.origin } });
    const s = (await session(db))!;
    expect([s.did, s.handle, s.service]).toEqual([pds.poster.did, 'kopi.test', pds.origin]);
    // The PDS issued an app-password session (not a full-access one), and the password is not kept.
    expect(scope(s.accessJwt)).toBe('com.atproto.appPass');
    expect(JSON.stringify(await db.secrets.toArray())).not.toContain(pds.poster.appPassword);
    expect((await db.accounts.toArray()).map((a) => [a.platform, a.handle, a.role])).toEqual([['bluesky', 'kopi.test', 'own']]);
  });

  it('a post with mention, hashtag and link facets at the right UTF-8 bytes after emoji and Indonesian text', async () => {
    const db = freshDb();
    await connect(db);
    const text = 'Halo 👋 @teman.test! Kopi ☕ #kopiSusu di https://pantau.example/menu?q=é — salam @siapa.test';
    expect(await post(db, { text })).toMatchObject({ ok: true, live: 1, total: 1 });
    const [record] = await readBack(db);
    expect(record!.value.text).toBe(text);
    expect(record!.value.reply).toBeUndefined();
    // @siapa.test is no account the PDS knows: it stays plain text, as in Bluesky's app.
    expect(covered(record!)).toEqual([
      ['@teman.test', [{ $type: 'app.bsky.richtext.facet#mention', did: pds.friend.did }]],
      ['#kopiSusu', [{ $type: 'app.bsky.richtext.facet#tag', tag: 'kopiSusu' }]],
      ['https://pantau.example/menu?q=é', [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://pantau.example/menu?q=é' }]],
    ]);
    // "Halo " is 5 bytes and 👋 4: the mention starts at byte 10, not at UTF-16 index 8.
    expect(record!.value.facets![0]!.index).toEqual({ byteStart: 10, byteEnd: 21 });
    expect(pds.created().map((c) => c.validationStatus)).toEqual(['valid']);
    const delivery = (await db.drafts.get('d1'))!.delivery!.bluesky!;
    expect(delivery.url).toBe(`https://bsky.app/profile/kopi.test/post/${record!.uri.split('/').pop()}`);
  });

  it('posts a thread as a reply chain (root and parent refs), and resumes after a rate limit partway', async () => {
    const db = freshDb();
    await connect(db);
    const parts = ['Pagi 🌅 #kopi', 'Mampir ke @teman.test ya', 'Menu: https://pantau.example/m'];
    const d = { thread: true, threads: { bluesky: parts } };
    pds.failAt = { index: 1, status: 429 };
    expect(await post(db, d)).toMatchObject({ ok: false, error: 'rateLimited', live: 1, total: 3 });
    expect((await db.drafts.get('d1'))!.status).toBe('draft');
    expect(await postViaApi(db, (await db.drafts.get('d1'))!, 'bluesky', () => NOW)).toMatchObject({ ok: true, live: 3, total: 3 });

    const [first, second, third] = await readBack(db);
    expect([first, second, third].map((r) => r!.value.text)).toEqual(parts);
    const root = { uri: first!.uri, cid: first!.cid };
    expect(first!.value.reply).toBeUndefined();
    expect(second!.value.reply).toEqual({ root, parent: root });
    expect(third!.value.reply).toEqual({ root, parent: { uri: second!.uri, cid: second!.cid } });
    expect(covered(first!)).toEqual([['#kopi', [{ $type: 'app.bsky.richtext.facet#tag', tag: 'kopi' }]]]);
    expect(covered(second!)).toEqual([['@teman.test', [{ $type: 'app.bsky.richtext.facet#mention', did: pds.friend.did }]]]);
    // The first post went out once: the repo holds each part once.
    const mine = (await pds.listPosts(pds.poster.did)).filter((r) => parts.includes(r.value.text));
    expect(mine.map((r) => r.value.text)).toEqual(parts);
    expect(pds.created().map((c) => c.validationStatus)).toEqual(['valid', 'valid', 'valid']);
    expect((await db.drafts.get('d1'))!.status).toBe('posted');
  });

  it("uploads the draft's images as blobs and embeds them in the first post", async () => {
    const db = freshDb();
    await connect(db);
    for (const id of ['m1', 'm2'])
      await db.media.put({
        id,
        draftId: 'd1',
        name: `${id}.png`,
        type: 'image/png',
        size: PNG.length,
        blob: new Blob([PNG], { type: 'image/png' }),
        addedAt: NOW,
      });
    expect(await post(db, { text: 'Foto menu baru 📸' })).toMatchObject({ ok: true });
    const [record] = await readBack(db);
    expect(record!.value.embed!.$type).toBe('app.bsky.embed.images');
    const images = record!.value.embed!.images;
    expect(images.map((i) => [i.alt, i.image.$type, i.image.mimeType, i.image.size])).toEqual([
      ['', 'blob', 'image/png', PNG.length],
      ['', 'blob', 'image/png', PNG.length],
    ]);
    // The record references the blob the PDS stored: it serves back the same bytes.
    const blob = await fetch(`${pds.pdsOrigin}/xrpc/com.atproto.sync.getBlob?did=${pds.poster.did}&cid=${images[0]!.image.ref.$link}`);
    expect(Buffer.from(await blob.arrayBuffer()).equals(PNG)).toBe(true);
    expect(pds.created().map((c) => c.validationStatus)).toEqual(['valid']);
  });

  it('an image of exactly 1 MB is posted; a bigger one is refused in words before anything is uploaded', async () => {
    const db = freshDb();
    await connect(db);
    const image = (id: string, draftId: string, bytes: number) => {
      const blob = new Blob([PNG, new Uint8Array(bytes - PNG.length)], { type: 'image/png' });
      return db.media.put({ id, draftId, name: `${id}.png`, type: 'image/png', size: bytes, blob, addedAt: NOW });
    };
    await image('fits', 'd1', 1_000_000);
    expect(await post(db, { text: 'Pas 1 MB' })).toMatchObject({ ok: true, live: 1 });
    expect((await readBack(db))[0]!.value.embed!.images[0]!.image.size).toBe(1_000_000);
    expect(pds.created().map((c) => c.validationStatus)).toEqual(['valid']);

    pds.reset();
    await image('big', 'd2', 1_000_001);
    // Without the check the PDS stores the blob, then refuses the record: "blob too big (maximum 1000000)".
    expect(await post(db, { id: 'd2', text: 'Terlalu besar' })).toMatchObject({
      ok: false,
      error: 'server',
      detail: 'image 1 is 1001 kB; Bluesky takes images up to 1000 kB',
      live: 0,
    });
    expect(pds.answers).toEqual([]);
  });

  it('refreshes an expired access token once, keeps the new tokens, and posts', async () => {
    const db = freshDb();
    await connect(db);
    const before = (await session(db))!;
    await putSecret(db, 'bluesky', { ...before, accessJwt: pds.expired(before.accessJwt) });
    pds.reset();
    expect(await post(db, { text: 'Satu posting saja' })).toMatchObject({ ok: true, live: 1 });
    // The PDS refused the expired token, then issued new tokens for the stored refresh token.
    expect(pds.answers.map((a) => [a.path.replace('/xrpc/', ''), a.status, a.body.error])).toEqual([
      ['com.atproto.repo.createRecord', 400, 'ExpiredToken'],
      ['com.atproto.server.refreshSession', 200, undefined],
      ['com.atproto.repo.createRecord', 200, undefined],
    ]);
    const after = (await session(db))!;
    expect(after.accessJwt).toBe(pds.answers[1]!.body.accessJwt);
    expect(after.refreshJwt).not.toBe(before.refreshJwt);
    expect(scope(after.accessJwt)).toBe('com.atproto.appPass');
    expect((await readBack(db))[0]!.value.text).toBe('Satu posting saja');
  });

  it('an app password revoked in Bluesky: once the access token expires, the refresh is refused and it asks to sign in again', async () => {
    const db = freshDb();
    await connect(db);
    const before = (await session(db))!;
    await pds.revokeAppPassword();
    // The PDS honours an access token until it expires (two hours); the refresh after that is refused.
    await putSecret(db, 'bluesky', { ...before, accessJwt: pds.expired(before.accessJwt) });
    pds.reset();
    expect(await post(db, { text: 'Setelah dicabut' })).toMatchObject({ ok: false, error: 'wrongPassword', live: 0 });
    expect(pds.answers.map((a) => [a.path.replace('/xrpc/', ''), a.status, a.body.message])).toEqual([
      ['com.atproto.repo.createRecord', 400, 'Token has expired'],
      ['com.atproto.server.refreshSession', 400, 'Token has been revoked'],
    ]);
  });

  it('a post the lexicon refuses (over 300 graphemes) is said in words, and nothing is posted', async () => {
    const db = freshDb();
    await connect(db);
    const long = 'kopi '.repeat(61).trim() + ' ☕';
    expect(await post(db, { text: long })).toMatchObject({ ok: false, error: 'tooLong', live: 0 });
    expect(pds.answers.at(-1)).toMatchObject({ status: 400, body: { error: 'InvalidRequest' } });
    expect((await pds.listPosts(pds.poster.did)).map((r) => r.value.text)).not.toContain(long);
  });

  it('not connected is said as such', async () => {
    expect(await postViaApi(freshDb(), draft(), 'bluesky', () => NOW)).toEqual({ ok: false, error: 'notConnected' });
  });
});
