import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { instagramPlatform } from '@/lib/platforms/instagram';
import { parseJsonBody } from '@/lib/parse-kit/json';
import { graphMedia, homeFeed, media, profileGrid } from '../../../../fixtures/meta/media';

const GQL = 'https://www.instagram.com/graphql/query';

describe('instagram parseNetwork', () => {
  it('reads the home feed, including suggested posts under explore_story', () => {
    const body = homeFeed([
      {
        media: media({
          code: 'DAbc123xyz',
          username: 'kopikita',
          caption: 'Kopi pagi #kopi #pagi',
          likes: 1520,
          comments: 48,
          takenAt: 1763800000,
        }),
      },
      {
        explore: media({
          code: 'DSuggest01',
          username: 'tehmanis',
          likes: 7,
          comments: 1,
          mediaType: 2,
          productType: 'clips',
          plays: 99000,
        }),
      },
    ]);
    const { posts, warnings } = instagramPlatform.parseNetwork({ url: GQL, body });
    expect(warnings).toBeUndefined();
    expect(posts).toEqual([
      expect.objectContaining({
        platform: 'instagram',
        postId: 'DAbc123xyz',
        url: 'https://www.instagram.com/p/DAbc123xyz/',
        authorHandle: 'kopikita',
        createdAt: new Date(1763800000 * 1000).toISOString(),
        text: 'Kopi pagi #kopi #pagi',
        hashtags: ['kopi', 'pagi'],
        mediaType: 'photo',
        metrics: { likes: 1520, replies: 48 },
      }),
      expect.objectContaining({ postId: 'DSuggest01', mediaType: 'video', metrics: { likes: 7, replies: 1, views: 99000 } }),
    ]);
  });

  it('stores no like count when likes are hidden (the payload still carries a token 3)', () => {
    const body = profileGrid([media({ code: 'DHidden001', username: 'kopikita', likes: 3, comments: 12, hidden: true })]);
    const [post] = instagramPlatform.parseNetwork({ url: GQL, body }).posts;
    expect(post!.metrics).toEqual({ replies: 12 });
  });

  it('reads REST feeds after stripping for (;;);', () => {
    const text = `for (;;);${JSON.stringify({ items: [media({ code: 'DRest00001', username: 'kopikita', likes: 5, comments: 0 })], status: 'ok' })}`;
    const body = parseJsonBody(text);
    const { posts } = instagramPlatform.parseNetwork({ url: 'https://www.instagram.com/api/v1/feed/user/123/', body });
    expect(posts.map((p) => [p.postId, p.metrics.likes, p.metrics.replies])).toEqual([['DRest00001', 5, 0]]);
  });

  it('reads the older Graph shape and web_profile_info', () => {
    const body = {
      data: {
        user: {
          username: 'kopikita',
          edge_followed_by: { count: 12500 },
          edge_follow: { count: 80 },
          edge_owner_to_timeline_media: { count: 321, edges: [{ node: graphMedia('BGraph0001', 'kopikita', 900, 33) }] },
        },
      },
    };
    const r = instagramPlatform.parseNetwork({ url: 'https://www.instagram.com/api/v1/users/web_profile_info/?username=kopikita', body });
    expect(r.posts[0]).toMatchObject({
      postId: 'BGraph0001',
      text: 'Graph caption #lama',
      hashtags: ['lama'],
      metrics: { likes: 900, replies: 33 },
    });
    expect(r.profiles).toEqual([{ platform: 'instagram', handle: 'kopikita', followers: 12500, following: 80, posts: 321 }]);
  });

  it('gives zero rows and a warning for an error response', () => {
    const r = instagramPlatform.parseNetwork({ url: GQL, body: { status: 'fail', message: 'Please wait a few minutes' } });
    expect(r.posts).toEqual([]);
    expect(r.warnings?.[0]?.kind).toBe('payloadNotUnderstood');
  });
});

describe('instagram parseDom', () => {
  it('reads xig_user_by_username from data-sjs JSON on a profile page', () => {
    const sjs = {
      require: [
        [
          'ScheduledServerJS',
          'handle',
          null,
          [
            {
              __bbox: {
                result: {
                  data: { xig_user_by_username: { username: 'kopikita', follower_count: 12500, following_count: 80, media_count: 321 } },
                },
              },
            },
          ],
        ],
      ],
    };
    const doc = new JSDOM(`<html lang="en"><body><script type="application/json" data-sjs>${JSON.stringify(sjs)}</script></body></html>`)
      .window.document;
    expect(instagramPlatform.parseDom(doc, new URL('https://www.instagram.com/kopikita/')).profiles).toEqual([
      { platform: 'instagram', handle: 'kopikita', followers: 12500, following: 80, posts: 321 },
    ]);
  });

  it('falls back to the profile meta description', () => {
    const doc = new JSDOM(
      '<html lang="en"><head><meta name="description" content="12.5K Followers, 80 Following, 321 Posts - See Instagram photos and videos from Kopi Kita (@kopikita)"></head><body></body></html>',
    ).window.document;
    expect(instagramPlatform.parseDom(doc, new URL('https://www.instagram.com/kopikita/')).profiles).toEqual([
      { platform: 'instagram', handle: 'kopikita', followers: 12500, following: 80, posts: 321 },
    ]);
  });
});
