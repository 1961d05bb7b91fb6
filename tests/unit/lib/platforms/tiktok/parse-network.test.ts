import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { tiktokPlatform } from '@/lib/platforms/tiktok';
import { item } from '../../../../fixtures/tiktok/items';

const LIST = 'https://www.tiktok.com/api/post/item_list/?aid=1988&secUid=x';

describe('tiktok parseNetwork', () => {
  it('prefers the exact statsV2 strings, and reads text, hashtags, time and followers', () => {
    const { posts, profiles, warnings } = tiktokPlatform.parseNetwork({
      url: LIST,
      body: { itemList: [item('7300000000000000001', 'kopikita')], hasMore: true },
    });
    expect(warnings).toBeUndefined();
    expect(posts).toEqual([
      {
        platform: 'tiktok',
        postId: '7300000000000000001',
        url: 'https://www.tiktok.com/@kopikita/video/7300000000000000001',
        authorHandle: 'kopikita',
        createdAt: new Date(1763800000 * 1000).toISOString(),
        text: 'Es kopi susu gula aren #kopi #fyp',
        hashtags: ['kopi', 'fyp'],
        mediaType: 'video',
        metrics: { likes: 12345, replies: 402, shares: 91, views: 1203456, bookmarks: 803, reposts: 0 },
        authorFollowers: 4001943,
      },
    ]);
    expect(profiles).toEqual([{ platform: 'tiktok', handle: 'kopikita', followers: 4001943, following: 12, posts: 321 }]);
  });

  it('falls back to the rounded stats, flagged approximate', () => {
    const { posts, profiles } = tiktokPlatform.parseNetwork({
      url: LIST,
      body: { item_list: [item('7300000000000000002', 'kopikita', { v2: false, createTime: '1763800000' })] },
    });
    expect(posts[0]!.metrics).toEqual({ likes: 12300, replies: 400, shares: 90, views: 1200000, bookmarks: 800 });
    expect(posts[0]!.approximate?.sort()).toEqual(['bookmarks', 'likes', 'replies', 'shares', 'views']);
    expect(posts[0]!.createdAt).toBe(new Date(1763800000 * 1000).toISOString());
    expect(profiles[0]).toMatchObject({ followers: 4000000, approximate: ['followers', 'following', 'posts'] });
  });

  it('skips live rooms and ignores the preload endpoint', () => {
    expect(
      tiktokPlatform.parseNetwork({ url: LIST, body: { itemList: [item('7300000000000000003', 'a', { live: true })] } }).posts,
    ).toEqual([]);
    expect(tiktokPlatform.matchesNetworkUrl('https://www.tiktok.com/api/preload/item_list/?x=1')).toBe(false);
    expect(tiktokPlatform.matchesNetworkUrl('https://www.tiktok.com/api/recommend/item_list/?x=1')).toBe(true);
  });

  it('warns on a response with no item list', () => {
    expect(tiktokPlatform.parseNetwork({ url: LIST, body: { statusCode: 10201, status_msg: 'x' } }).warnings?.[0]?.kind).toBe(
      'payloadNotUnderstood',
    );
  });
});

describe('tiktok parseDom', () => {
  it('reads __UNIVERSAL_DATA_FOR_REHYDRATION__ (video detail and user detail)', () => {
    const data = {
      __DEFAULT_SCOPE__: {
        'webapp.video-detail': { itemInfo: { itemStruct: item('7300000000000000004', 'kopikita') } },
        'webapp.user-detail': {
          userInfo: { user: { uniqueId: 'kopikita' }, stats: { followerCount: 4000000 }, statsV2: { followerCount: '4001943' } },
        },
      },
    };
    const doc = new JSDOM(
      `<html><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${JSON.stringify(data)}</script></body></html>`,
    ).window.document;
    const r = tiktokPlatform.parseDom(doc, new URL('https://www.tiktok.com/@kopikita/video/7300000000000000004'));
    expect(r.posts.map((p) => [p.postId, p.metrics.likes])).toEqual([['7300000000000000004', 12345]]);
    expect(r.profiles.find((p) => p.handle === 'kopikita')?.followers).toBe(4001943);
  });

  it('falls back to the profile header counts (abbreviated: approximate)', () => {
    const doc = new JSDOM(
      '<html lang="id"><body><strong data-e2e="followers-count">4,1 jt</strong><strong data-e2e="following-count">12</strong></body></html>',
    ).window.document;
    expect(tiktokPlatform.parseDom(doc, new URL('https://www.tiktok.com/@kopikita')).profiles).toEqual([
      { platform: 'tiktok', handle: 'kopikita', followers: 4100000, following: 12, approximate: ['followers'] },
    ]);
  });
});
