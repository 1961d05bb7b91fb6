import { describe, expect, it } from 'vitest';
import { parseXNetwork } from '@/lib/platforms/x/parse-network';
import {
  entry,
  moduleEntry,
  tweet,
  TWEET_DETAIL_URL,
  user,
  USER_TWEETS_URL,
  userTweets,
  withVisibility,
} from '../../../../fixtures/x/graphql';

const brand = { handle: 'KopiKita', followers: 12000, following: 80, posts: 900 };

describe('parseXNetwork', () => {
  it('reads a 2026 timeline: ids, handle, time, every counter, followers', () => {
    const body = userTweets([
      entry(
        tweet({
          id: '1900000000000000001',
          author: brand,
          createdAt: 'Fri Feb 06 21:09:45 +0000 2026',
          likes: 10,
          replies: 2,
          reposts: 3,
          quotes: 1,
          bookmarks: 4,
          views: '1234',
          hashtags: ['kopi', 'Kopi', 'pagi'],
        }),
      ),
    ]);
    const { posts, profiles, warnings } = parseXNetwork({ url: USER_TWEETS_URL, body });
    expect(warnings).toBeUndefined();
    expect(posts).toEqual([
      {
        platform: 'x',
        postId: '1900000000000000001',
        url: 'https://x.com/KopiKita/status/1900000000000000001',
        authorHandle: 'KopiKita',
        createdAt: '2026-02-06T21:09:45.000Z',
        text: 'Post 1900000000000000001',
        hashtags: ['kopi', 'pagi'],
        mediaType: 'text',
        metrics: { likes: 10, replies: 2, reposts: 3, quotes: 1, bookmarks: 4, views: 1234 },
        authorFollowers: 12000,
      },
    ]);
    expect(profiles).toEqual([{ platform: 'x', handle: 'KopiKita', followers: 12000, following: 80, posts: 900 }]);
  });

  it('reads the 2025 generation (legacy user, timeline_v2) the same way', () => {
    const body = userTweets([], {
      gen: 2025,
      pinned: entry(tweet({ id: '1851463451929186504', author: { ...brand, gen: 2025 }, likes: 7 })),
    });
    const { posts, profiles } = parseXNetwork({ url: USER_TWEETS_URL, body });
    expect(posts.map((p) => [p.postId, p.authorHandle, p.metrics.likes, p.authorFollowers])).toEqual([
      ['1851463451929186504', 'KopiKita', 7, 12000],
    ]);
    expect(profiles[0]).toMatchObject({ followers: 12000, following: 80, posts: 900 });
  });

  it('records a retweet wrapper as a relation without copied counters, and the original with its own', () => {
    const original = tweet({ id: '2000000000000000002', author: { handle: 'someone', followers: 500 }, likes: 674, reposts: 31 });
    const wrapper = tweet({
      id: '2000000000000000003',
      author: brand,
      likes: 0,
      replies: 0,
      reposts: 31,
      quotes: 0,
      bookmarks: 0,
      retweetOf: original,
      text: 'RT @someone: hi',
    });
    const { posts } = parseXNetwork({ url: USER_TWEETS_URL, body: userTweets([entry(wrapper)]) });
    const w = posts.find((p) => p.postId === '2000000000000000003')!;
    const o = posts.find((p) => p.postId === '2000000000000000002')!;
    expect(w.repostOf).toBe('2000000000000000002');
    expect(w.metrics).toEqual({});
    expect(o.metrics.likes).toBe(674);
    expect(o.authorHandle).toBe('someone');
  });

  it('reads long posts from note_tweet, quotes, visibility wrappers and conversation modules', () => {
    const quoted = withVisibility(tweet({ id: '3000000000000000001', author: { handle: 'quoted_acc' }, likes: 8 }));
    const quoting = tweet({ id: '3000000000000000002', author: brand, quoted, media: ['photo', 'photo'] });
    const long = tweet({
      id: '3000000000000000003',
      author: brand,
      text: 'short…',
      noteText: 'A long post #SatuDua with more than 280 characters',
      noteHashtags: ['SatuDua'],
      media: ['video'],
    });
    const body = userTweets([entry(quoting), moduleEntry([long, tweet({ id: '3000000000000000004', author: brand, views: null })])]);
    const { posts } = parseXNetwork({ url: USER_TWEETS_URL, body });
    const byId = new Map(posts.map((p) => [p.postId, p]));
    expect(byId.get('3000000000000000002')).toMatchObject({ quoteOf: '3000000000000000001', mediaType: 'photo' });
    expect(byId.get('3000000000000000001')).toMatchObject({ authorHandle: 'quoted_acc', metrics: { likes: 8 } });
    expect(byId.get('3000000000000000003')).toMatchObject({
      text: 'A long post #SatuDua with more than 280 characters',
      hashtags: ['SatuDua'],
      mediaType: 'video',
    });
    // views given as {"state":"Enabled"}: unknown, not 0
    expect(byId.get('3000000000000000004')!.metrics.views).toBeUndefined();
    expect('views' in byId.get('3000000000000000004')!.metrics).toBe(false);
  });

  it('reads the profile from UserByScreenName', () => {
    const body = { data: { user: { result: user({ handle: 'XDevelopers', followers: 695695, following: 762, posts: 4319 }) } } };
    const { posts, profiles } = parseXNetwork({ url: 'https://x.com/i/api/graphql/q/UserByScreenName?variables=%7B%7D', body });
    expect(posts).toEqual([]);
    expect(profiles).toEqual([{ platform: 'x', handle: 'XDevelopers', followers: 695695, following: 762, posts: 4319 }]);
  });

  it.each([
    ['null', null],
    ['a string', 'oops'],
    ['errors only', { errors: [{ message: 'Rate limit exceeded' }] }],
    ['an array', [1, 2]],
  ])('gives zero rows and a health warning for %s', (_, body) => {
    const r = parseXNetwork({ url: TWEET_DETAIL_URL, body });
    expect(r.posts).toEqual([]);
    expect(r.profiles).toEqual([]);
    expect(r.warnings?.[0]?.kind).toBe('payloadNotUnderstood');
  });

  it('never gives wrong numbers when counters have the wrong type', () => {
    const t = tweet({ id: '4000000000000000001', author: brand });
    (t.legacy as Record<string, unknown>).favorite_count = '12x';
    (t.legacy as Record<string, unknown>).reply_count = -3;
    const { posts } = parseXNetwork({ url: USER_TWEETS_URL, body: userTweets([entry(t)]) });
    expect(posts[0]!.metrics.likes).toBeUndefined();
    expect(posts[0]!.metrics.replies).toBeUndefined();
    expect(posts[0]!.metrics.reposts).toBe(3);
  });

  it('skips a tweet with no author and says so, keeping the others', () => {
    const bad = tweet({ id: '5000000000000000001', author: brand });
    delete bad.core;
    const good = tweet({ id: '5000000000000000002', author: brand });
    const r = parseXNetwork({ url: USER_TWEETS_URL, body: userTweets([entry(bad), entry(good)]) });
    expect(r.posts.map((p) => p.postId)).toEqual(['5000000000000000002']);
    expect(r.warnings).toBeUndefined();
    expect(r.skipped?.counts).toEqual({ noAuthor: 1 });
  });

  it('survives pathological nesting without throwing', () => {
    let deep: Record<string, unknown> = {};
    const root = { data: deep };
    for (let i = 0; i < 10_000; i++) {
      const next = {};
      deep.a = next;
      deep = next;
    }
    expect(() => parseXNetwork({ url: USER_TWEETS_URL, body: root })).not.toThrow();
  });

  it('decodes the HTML escapes X puts in full_text, and nothing else', () => {
    const t = tweet({ id: '7000000000000000001', author: brand, text: 'Tea &amp; coffee &lt;3 &gt; milk &quot;x&quot; <b>' });
    const { posts } = parseXNetwork({ url: USER_TWEETS_URL, body: userTweets([entry(t)]) });
    expect(posts[0]!.text).toBe('Tea & coffee <3 > milk &quot;x&quot; <b>');
  });

  it('treats an id-only quotedRefResult as a reference, not a broken post', () => {
    // As in realdata user-tweets: a quoted tweet that itself quotes another carries only a ref to it.
    const quoted = tweet({ id: '6000000000000000003', author: { handle: 'other' } });
    quoted.quotedRefResult = { result: { __typename: 'Tweet', rest_id: '6000000000000000002' } };
    const t = tweet({ id: '6000000000000000001', author: brand, quoted });
    const r = parseXNetwork({ url: USER_TWEETS_URL, body: userTweets([entry(t)]) });
    expect(r.posts.map((p) => p.postId).sort()).toEqual(['6000000000000000001', '6000000000000000003']);
    expect(r.warnings).toBeUndefined();
  });

  it('falls back to the snowflake time when created_at is missing', () => {
    const t = tweet({ id: '2019881223666233717', author: brand });
    delete (t.legacy as Record<string, unknown>).created_at;
    const { posts } = parseXNetwork({ url: USER_TWEETS_URL, body: userTweets([entry(t)]) });
    expect(posts[0]!.createdAt).toBe('2026-02-06T21:09:45.957Z');
  });
});
