/**
 * No silent drops, on every platform: a response with one item missing its author yields a skip
 * with the reason "no author", never nothing; and where a platform's items may leave the author to
 * the page (a profile grid, a channel's next page), the page context supplies it.
 */
import { describe, expect, it } from 'vitest';
import { getAdapter, PLATFORM_IDS } from '@/lib/platforms/registry';
import type { NetworkInput, PlatformId } from '@/lib/platforms/types';
import { media } from '../../../fixtures/meta/media';
import { item } from '../../../fixtures/tiktok/items';
import { normalisedFeed } from '../../../fixtures/linkedin/voyager';
import { entry, tweet, userTweets } from '../../../fixtures/x/graphql';

const clone = <T>(v: T): T => structuredClone(v);

/** Per platform: a response of two items, the second without its author; a profile page of the good item's author. */
const CASES: Record<PlatformId, { url: string; body: () => unknown; page: string; pageFallback: boolean }> = {
  x: {
    url: 'https://x.com/i/api/graphql/q/UserTweets?variables=%7B%7D',
    body: () => {
      const bad = tweet({ id: '1900000000000000002', author: { handle: 'KopiKita' } });
      delete bad.core;
      return userTweets([entry(tweet({ id: '1900000000000000001', author: { handle: 'KopiKita' } })), entry(bad)]);
    },
    page: 'https://x.com/KopiKita',
    // X always names a tweet's author (core.user_results): one without is a schema change to see, not to paper over.
    pageFallback: false,
  },
  bluesky: {
    url: 'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=kopi.bsky.social',
    body: () => {
      const view = (rkey: string, author?: object) => ({
        uri: `at://did:plc:abc/app.bsky.feed.post/${rkey}`,
        cid: 'bafy',
        ...(author ? { author } : {}),
        record: { $type: 'app.bsky.feed.post', text: 'hi', createdAt: '2026-11-01T10:00:00.000Z' },
        likeCount: 3,
      });
      return {
        feed: [{ post: view('3kaaaaaaaaa2a', { did: 'did:plc:abc', handle: 'kopi.bsky.social' }) }, { post: view('3kaaaaaaaaa2b') }],
      };
    },
    page: 'https://bsky.app/profile/kopi.bsky.social',
    pageFallback: false,
  },
  threads: {
    url: 'https://www.threads.com/graphql/query',
    body: () => {
      const bad = media({ code: 'DAbc123xy2', username: 'kopikita' });
      delete bad.user;
      return { data: { items: [media({ code: 'DAbc123xy1', username: 'kopikita' }), bad] } };
    },
    page: 'https://www.threads.com/@kopikita',
    pageFallback: true,
  },
  instagram: {
    url: 'https://www.instagram.com/graphql/query',
    body: () => {
      const bad = media({ code: 'DAbc123xy2', username: 'kopikita' });
      delete bad.user;
      return { data: { items: [media({ code: 'DAbc123xy1', username: 'kopikita' }), bad] } };
    },
    page: 'https://www.instagram.com/kopikita/',
    pageFallback: true,
  },
  tiktok: {
    url: 'https://www.tiktok.com/api/post/item_list/?a=1',
    body: () => {
      const bad: Record<string, unknown> = item('7300000000000000002', 'kopikita');
      delete bad.author;
      return { itemList: [item('7300000000000000001', 'kopikita'), bad], hasMore: true };
    },
    page: 'https://www.tiktok.com/@kopikita',
    pageFallback: true,
  },
  facebook: {
    url: 'https://www.facebook.com/api/graphql/',
    body: () => {
      const story = (id: string, actors?: object[]) => ({
        __typename: 'Story',
        post_id: id,
        creation_time: 1763800000,
        ...(actors ? { actors } : {}),
        message: { text: 'hi' },
      });
      return {
        data: { a: story('1234567890123', [{ id: '1000001', url: 'https://www.facebook.com/KopiKita' }]), b: story('1234567890124') },
      };
    },
    page: 'https://www.facebook.com/KopiKita',
    pageFallback: true,
  },
  youtube: {
    url: 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false',
    body: () => {
      const video = (id: string, owner: boolean) => ({
        videoRenderer: {
          videoId: id,
          title: { runs: [{ text: 'T' }] },
          viewCountText: { simpleText: '1,234 views' },
          ...(owner ? { ownerText: { runs: [{ navigationEndpoint: { browseEndpoint: { canonicalBaseUrl: '/@kopi' } } }] } } : {}),
        },
      });
      return { responseContext: {}, contents: [video('abcdefghij1', true), video('abcdefghij2', false)] };
    },
    page: 'https://www.youtube.com/@kopi/videos',
    pageFallback: true,
  },
  linkedin: {
    url: 'https://www.linkedin.com/voyager/api/graphql?queryId=voyagerFeedDashMainFeed.1',
    body: () => {
      const good = normalisedFeed('7390000000000000001');
      const bad = normalisedFeed('7390000000000000002');
      delete (bad.included[0] as Record<string, unknown>).actor;
      return { ...good, included: [...good.included, ...bad.included] };
    },
    page: 'https://www.linkedin.com/company/kopikita/posts/',
    pageFallback: true,
  },
};

describe('every platform: an item without its author is a skip with the reason, never nothing', () => {
  it('covers every captured platform', () => expect(Object.keys(CASES).sort()).toEqual([...PLATFORM_IDS].sort()));

  it.each(PLATFORM_IDS)('%s', (platform) => {
    const c = CASES[platform];
    const adapter = getAdapter(platform)!;
    const r = adapter.parseNetwork({ url: c.url, body: c.body() });
    expect(r.posts).toHaveLength(1);
    expect(r.stats).toMatchObject({ seen: 2, kept: 1, skipped: { noAuthor: 1 } });
    // The sample says what the item looked like, not what it said.
    expect(r.stats!.samples?.[0]?.reason).toBe('noAuthor');
  });

  it.each(PLATFORM_IDS.filter((p) => CASES[p].pageFallback))('%s: on the profile page, the page names the author', (platform) => {
    const c = CASES[platform];
    const adapter = getAdapter(platform)!;
    const url = new URL(c.page);
    const page: NetworkInput['page'] = { url: c.page, handle: adapter.profileFromUrl(url) };
    expect(page.handle).toBeTruthy();
    const r = adapter.parseNetwork({ url: c.url, body: c.body(), page });
    expect(r.stats).toEqual({ seen: 2, kept: 2, skipped: {} });
    expect(new Set(r.posts.map((p) => p.authorHandle.toLowerCase()))).toEqual(new Set([page.handle!.toLowerCase()]));
  });

  it('a post page does not lend its author to the items on it (replies are other people’s)', () => {
    const c = CASES.threads;
    const r = getAdapter('threads')!.parseNetwork({
      url: c.url,
      body: clone(c.body()),
      page: { url: 'https://www.threads.com/@kopikita/post/DAbc123xy1', postId: 'DAbc123xy1' },
    });
    expect(r.stats).toMatchObject({ kept: 1, skipped: { noAuthor: 1 } });
  });
});
