import { describe, expect, it } from 'vitest';
import { endpointOf, pageContextOf, sanitisedShape, Skips } from '@/lib/parse-kit/skips';
import { relativeDate } from '@/lib/parse-kit/dates';
import { getAdapter } from '@/lib/platforms/registry';

describe('sanitisedShape: keys and types only', () => {
  const item = {
    rest_id: '1900000000000000001',
    legacy: { full_text: 'Promo kopi susu hari ini! #kopi', favorite_count: 12345, possibly_sensitive: false, lang: 'in' },
    core: { user_results: { result: { screen_name: 'KopiKita', name: 'Kopi Kita' } } },
    users: { '1900000000000000001': { a: 1 }, KopiKita: { b: 2 }, 'kopi-kita.bsky.social': { c: 3 } },
    media: [{ url: 'https://pbs.twimg.com/x.jpg' }, { url: 'y' }],
    nothing: null,
  };
  const shape = sanitisedShape(item);

  it('has no text, ids, handles or numbers from the item', () => {
    for (const secret of ['Promo', 'kopi', 'KopiKita', 'Kopi Kita', '1900000000000000001', '12345', 'twimg', 'bsky', '"in"'])
      expect(shape).not.toContain(secret);
  });

  it('keeps the schema: keys, types, digit counts, array lengths as digits', () => {
    expect(JSON.parse(shape)).toMatchObject({
      rest_id: 'string',
      legacy: { full_text: 'string', favorite_count: 'number:5', possibly_sensitive: 'boolean', lang: 'string' },
      core: { user_results: { result: { screen_name: 'string', name: 'string' } } },
      media: ['array:1', { url: 'string' }],
      nothing: 'null',
    });
    // Keys that are ids or equal a value (a handle used as a key) are hidden.
    expect(Object.keys(JSON.parse(shape).users)).toEqual(['‹key›', '‹keys hidden›']);
  });

  it('stays under 4,000 characters for a huge or deep item', () => {
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 50; i++) cur = cur[`level${'x'.repeat(i % 5)}`] = { a: 'b', n: i };
    const wide = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`field_${'abcdefghij'[i % 10]}${i % 100 > 9 ? 'x' : ''}`, { a: { b: { c: 'd' } } }]),
    );
    expect(sanitisedShape(deep).length).toBeLessThanOrEqual(4000);
    expect(sanitisedShape(wide).length).toBeLessThanOrEqual(4000);
  });
});

describe('Skips', () => {
  it('counts every skip and keeps one sample per reason, three at most', () => {
    const s = new Skips();
    for (let i = 0; i < 1000; i++) s.add('noAuthor', { i });
    s.add('noId', { a: 1 });
    s.add('unknownShape', { a: 1 });
    s.add('refusedValue', { a: 1 });
    const t = s.tally()!;
    expect(t.counts).toEqual({ noAuthor: 1000, noId: 1, unknownShape: 1, refusedValue: 1 });
    expect(t.samples.map((x) => x.reason)).toEqual(['noAuthor', 'noId', 'unknownShape']);
  });
});

describe('endpointOf', () => {
  it('names the operation, never the query, ids or handles', () => {
    expect(endpointOf('https://x.com/i/api/graphql/aBcD3fGh1JkLmN0pQr/UserTweets?variables=%7B%22userId%22%3A%2212%22%7D')).toBe(
      '/i/api/graphql/:id/UserTweets',
    );
    expect(endpointOf('https://www.instagram.com/api/v1/feed/user/95561/')).toBe('/api/v1/feed/user/:id/');
    expect(endpointOf('https://www.instagram.com/api/v1/feed/user/kopikita/username/', new Set(['kopikita']))).toBe(
      '/api/v1/feed/user/:id/username/',
    );
    expect(endpointOf('https://www.youtube.com/youtubei/v1/browse?key=abc')).toBe('/youtubei/v1/browse');
    expect(endpointOf('https://x.com/i/api/graphql/V7H0Ap3_Hh2FyS75OCDO3Q/UserByScreenName')).toBe('/i/api/graphql/:id/UserByScreenName');
  });
});

describe('pageContextOf', () => {
  it('reads the profile a tab shows, and the post, by the platform’s own URL readers', () => {
    const yt = getAdapter('youtube')!;
    expect(pageContextOf(yt, 'https://www.youtube.com/@kopi/videos')).toEqual({
      url: 'https://www.youtube.com/@kopi/videos',
      handle: 'kopi',
    });
    expect(pageContextOf(yt, 'https://www.youtube.com/channel/UCBJycsmduvYEL83R_U4JriQ/videos').handle).toBe('UCBJycsmduvYEL83R_U4JriQ');
    expect(pageContextOf(yt, 'https://www.youtube.com/watch?v=abcdefghijk')).toEqual({
      url: 'https://www.youtube.com/watch?v=abcdefghijk',
      postId: 'abcdefghijk',
    });
    expect(pageContextOf(getAdapter('x')!, 'https://x.com/KopiKita/status/1900000000000000001')).toEqual({
      url: 'https://x.com/KopiKita/status/1900000000000000001',
      postId: '1900000000000000001',
    });
  });
});

describe('relativeDate', () => {
  const now = Date.UTC(2026, 11, 2, 12);
  it.each([
    ['13 days ago', 13 * 86_400_000, 'day'],
    ['Streamed 2 weeks ago', 14 * 86_400_000, 'week'],
    ['3 hours ago', 3 * 3_600_000, 'hour'],
    ['13 hari yang lalu', 13 * 86_400_000, 'day'],
    ['1 tahun yang lalu', 365.25 * 86_400_000, 'year'],
  ] as const)('%s', (text, back, precision) => {
    expect(relativeDate(text, now)).toEqual({ iso: new Date(now - back).toISOString(), precision });
  });
  it('is undefined for anything else', () => {
    for (const t of ['1.2M views', 'Premiered Jan 3, 2025', '', undefined, 'ago ago']) expect(relativeDate(t, now)).toBeUndefined();
  });
});
