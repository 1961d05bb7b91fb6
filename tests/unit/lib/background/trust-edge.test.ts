/** Trust edge, item 10: the smaller defects, each pinned. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectionHandlers } from '@/lib/background/handlers/connections';
import { senderHost } from '@/lib/background/guards';
import { putSecret } from '@/lib/db/secrets';
import { parseCount } from '@/lib/parse-kit/counts';
import { blueskyPoster } from '@/lib/platforms/bluesky/api-posting';
import { freshDb } from '../../../helpers/db';

beforeEach(() => fakeBrowser.reset());

describe('senderHost', () => {
  it("reads the sending frame's own URL before its tab's (a tab that has just navigated away)", () => {
    expect(senderHost({ url: 'https://bsky.app/profile/a', tab: { url: 'https://x.com/home' } })).toBe('bsky.app');
    expect(senderHost({ tab: { url: 'https://x.com/home' } })).toBe('x.com');
  });
});

describe('Bluesky sign-in', () => {
  it('refuses an http:// service (the app password would go in cleartext); http only on this machine', async () => {
    await expect(blueskyPoster.signIn({ service: 'http://pds.example', identifier: 'kopi', password: 'x' })).rejects.toMatchObject({
      code: 'badInstance',
    });
  });
});

describe('disconnecting an account whose server origin was granted', () => {
  it("removes that origin's host permission with the credentials", async () => {
    const db = freshDb();
    await putSecret(db, 'mastodon', { instance: 'https://m.example', token: 't', acct: 'kopi' });
    const remove = vi.fn(async () => true);
    fakeBrowser.permissions.remove = remove as never;
    const ext = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    expect(await connectionHandlers(db).disconnect!({ data: { target: 'mastodon' }, sender: ext })).toEqual({ ok: true });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://m.example/*'] });
    expect(await db.secrets.count()).toBe(0);
  });
});

describe('count suffixes belong to their languages', () => {
  it.each([
    ['5 mi', 'en', undefined],
    ['5 mi', 'pt', 5_000_000],
    ['3 mil', 'en', undefined],
    ['3 mil', 'es', 3000],
    ['2 l', 'en', undefined],
    ['2 L', 'en-IN', 200_000],
    ['1 cr', 'hi', 10_000_000],
    ['1,2 rb', 'en', undefined],
    ['1,2 rb', 'id', 1200],
    ['4 mm', 'fr', undefined],
    ['2,5 M', 'id', 2_500_000_000],
    ['2.5M', 'en', 2_500_000],
  ])('"%s" on a %s page', (text, lang, value) => expect(parseCount(text, lang)?.value).toBe(value));
});
