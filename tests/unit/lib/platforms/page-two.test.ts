/**
 * Every platform's next page (a continuation, the next page of a profile grid or tab) as it
 * arrives on its own: without the page-1 header that names the profile. Written to each
 * platform's documented shapes (see tests/fixtures/README.md); where the items do not name their
 * author, the page context (the tab's profile) does, and without it each is a skip with its reason.
 */
import { describe, expect, it } from 'vitest';
import { getAdapter, PLATFORM_IDS } from '@/lib/platforms/registry';
import type { PlatformId } from '@/lib/platforms/types';
import { pageContextOf } from '@/lib/parse-kit/skips';
import { media } from '../../../fixtures/meta/media';
import { item } from '../../../fixtures/tiktok/items';
import { normalisedFeed } from '../../../fixtures/linkedin/voyager';
import { entry, tweet, userTweets } from '../../../fixtures/x/graphql';

interface Case {
  what: string;
  url: string;
  page: string;
  body: () => unknown;
  posts: number;
  /** The items name no author: without the page, every one is a "no author" skip. */
  authorFromPage?: string;
}

const cursor = (value: string) => ({
  entryId: `cursor-bottom-${value}`,
  content: { entryType: 'TimelineTimelineCursor', value, cursorType: 'Bottom' },
});
const fbStory = (id: string) => ({
  node: {
    __typename: 'Story',
    post_id: id,
    creation_time: 1763800000,
    actors: [{ __typename: 'Page', id: '1000001', url: 'https://www.facebook.com/KopiKita' }],
    message: { text: 'Promo' },
    feedback: { reaction_count: { count: 5 } },
  },
  cursor: `c${id}`,
});
const bskyView = (rkey: string) => ({
  post: {
    uri: `at://did:plc:kopi/app.bsky.feed.post/${rkey}`,
    cid: 'bafy',
    author: { did: 'did:plc:kopi', handle: 'kopi.bsky.social' },
    record: { $type: 'app.bsky.feed.post', text: 'hi', createdAt: '2026-11-01T10:00:00.000Z' },
    likeCount: 1,
    replyCount: 0,
    repostCount: 0,
  },
});
const short = (id: string) => ({
  richItemRenderer: {
    content: {
      shortsLockupViewModel: {
        entityId: `shorts-shelf-item-${id}`,
        onTap: { innertubeCommand: { reelWatchEndpoint: { videoId: id } } },
        overlayMetadata: { primaryText: { content: 'Short' }, secondaryText: { content: '1.2M views' } },
      },
    },
  },
});
const graphNode = (code: string) => ({
  node: {
    __typename: 'GraphImage',
    id: '1',
    shortcode: code,
    taken_at_timestamp: 1763800000,
    owner: { id: '95561' },
    edge_media_preview_like: { count: 4 },
  },
});

const CASES: Record<PlatformId, Case[]> = {
  x: [
    {
      what: 'UserTweets, the page after the cursor (no pinned tweet, no UserByScreenName)',
      url: 'https://x.com/i/api/graphql/q/UserTweets?variables=%7B%22cursor%22%3A%22c1%22%7D',
      page: 'https://x.com/KopiKita',
      body: () => {
        const body = userTweets([
          entry(tweet({ id: '1900000000000000011', author: { handle: 'KopiKita' } }), 'tweet-11'),
          entry(tweet({ id: '1900000000000000012', author: { handle: 'KopiKita' } }), 'tweet-12'),
        ]) as unknown as {
          data: { user: { result: { timeline: { timeline: { instructions: Array<{ entries?: unknown[] }> } } } } };
        };
        body.data.user.result.timeline.timeline.instructions[0]!.entries?.push(cursor('c2'));
        return body;
      },
      posts: 2,
    },
  ],
  bluesky: [
    {
      what: 'getAuthorFeed with a cursor',
      url: 'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=kopi.bsky.social&cursor=2026-11-01',
      page: 'https://bsky.app/profile/kopi.bsky.social',
      body: () => ({ feed: [bskyView('3kaaaaaaaaa21'), bskyView('3kaaaaaaaaa22')], cursor: '2026-10-01' }),
      posts: 2,
    },
  ],
  threads: [
    {
      what: 'a profile’s threads, next page (mediaData edges of thread_items)',
      url: 'https://www.threads.com/graphql/query',
      page: 'https://www.threads.com/@kopikita',
      body: () => ({
        data: {
          mediaData: {
            edges: [
              { node: { thread_items: [{ post: media({ code: 'DAbc123xy3', username: 'kopikita' }) }] } },
              { node: { thread_items: [{ post: media({ code: 'DAbc123xy4', username: 'kopikita' }) }] } },
            ],
            page_info: { end_cursor: 'x', has_next_page: true },
          },
        },
      }),
      posts: 2,
    },
  ],
  instagram: [
    {
      what: 'the profile grid, next page (xdt user_timeline connection)',
      url: 'https://www.instagram.com/graphql/query',
      page: 'https://www.instagram.com/kopikita/',
      body: () => ({
        data: {
          xdt_api__v1__feed__user_timeline_graphql_connection: {
            edges: [
              { node: media({ code: 'DAbc123xy5', username: 'kopikita' }) },
              { node: media({ code: 'DAbc123xy6', username: 'kopikita' }) },
            ],
            page_info: { end_cursor: 'x', has_next_page: true },
          },
        },
      }),
      posts: 2,
    },
    {
      what: 'the older Graph grid, next page: owners by id only',
      url: 'https://www.instagram.com/graphql/query',
      page: 'https://www.instagram.com/kopikita/',
      body: () => ({
        data: {
          user: {
            edge_owner_to_timeline_media: {
              count: 320,
              page_info: { has_next_page: true },
              edges: [graphNode('DAbc123xy7'), graphNode('DAbc123xy8')],
            },
          },
        },
      }),
      posts: 2,
      authorFromPage: 'kopikita',
    },
  ],
  tiktok: [
    {
      what: 'item_list after the first cursor',
      url: 'https://www.tiktok.com/api/post/item_list/?cursor=1763800000000&count=35',
      page: 'https://www.tiktok.com/@kopikita',
      body: () => ({
        itemList: [item('7300000000000000011', 'kopikita'), item('7300000000000000012', 'kopikita')],
        cursor: '1763700000000',
        hasMore: true,
      }),
      posts: 2,
    },
  ],
  facebook: [
    {
      what: 'a page’s timeline, next page (timeline_list_feed_units edges)',
      url: 'https://www.facebook.com/api/graphql/',
      page: 'https://www.facebook.com/KopiKita',
      body: () => ({
        data: {
          node: {
            __typename: 'Page',
            timeline_list_feed_units: { edges: [fbStory('1234567890131'), fbStory('1234567890132')], page_info: { has_next_page: true } },
          },
        },
      }),
      posts: 2,
    },
  ],
  youtube: [
    {
      what: 'the Shorts tab, next page (shortsLockupViewModel items name no channel)',
      url: 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false',
      page: 'https://www.youtube.com/@kopi/shorts',
      body: () => ({
        responseContext: {},
        onResponseReceivedActions: [{ appendContinuationItemsAction: { continuationItems: [short('abcdefghi11'), short('abcdefghi12')] } }],
      }),
      posts: 2,
      authorFromPage: 'kopi',
    },
  ],
  linkedin: [
    {
      what: 'a company’s posts, next page (normalised included[])',
      url: 'https://www.linkedin.com/voyager/api/graphql?variables=(start:10,count:10)&queryId=voyagerFeedDashOrganizationalPageUpdates.1',
      page: 'https://www.linkedin.com/company/kopikita/posts/',
      body: () => {
        const a = normalisedFeed('7390000000000000011');
        const b = normalisedFeed('7390000000000000012');
        return { data: a.data, included: [...a.included, ...b.included] };
      },
      posts: 2,
    },
  ],
};

describe('next pages on their own, every platform', () => {
  it('covers every captured platform', () => expect(Object.keys(CASES).sort()).toEqual([...PLATFORM_IDS].sort()));

  const all = PLATFORM_IDS.flatMap((p) => CASES[p].map((c) => [p, c.what, c] as const));
  it.each(all)('%s: %s', (platform, _what, c) => {
    const adapter = getAdapter(platform)!;
    const page = pageContextOf(adapter, c.page);
    const r = adapter.parseNetwork({ url: c.url, body: c.body(), page });
    expect(r.stats).toEqual({ seen: c.posts, kept: c.posts, skipped: {} });
    expect(r.warnings ?? []).toEqual([]);
    if (c.authorFromPage) {
      expect(new Set(r.posts.map((p) => p.authorHandle))).toEqual(new Set([c.authorFromPage]));
      const alone = adapter.parseNetwork({ url: c.url, body: c.body() });
      expect(alone.stats).toMatchObject({ seen: c.posts, kept: 0, skipped: { noAuthor: c.posts } });
    }
  });
});
