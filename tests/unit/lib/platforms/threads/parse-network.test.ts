import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { threadsPlatform } from '@/lib/platforms/threads';
import { media } from '../../../../fixtures/meta/media';

const GQL = 'https://www.threads.com/graphql/query';

describe('threads parseNetwork (2026 shapes)', () => {
  it('reads { post: {…} } items with text_post_app_info counters and quotes', () => {
    const post = media({
      code: 'DThr000001',
      username: 'kopikita',
      caption: 'Halo Threads #kopi',
      likes: 120,
      mediaType: 19,
      threads: { replies: 14, reposts: 3, quotes: 2, quotedCode: 'DThr000000' },
    });
    const body = { data: { feedData: { edges: [{ node: { text_post_app_thread: { thread_items: [{ post }] } } }] } } };
    const { posts } = threadsPlatform.parseNetwork({ url: GQL, body });
    expect(posts.find((p) => p.postId === 'DThr000001')).toMatchObject({
      url: 'https://www.threads.com/@kopikita/post/DThr000001',
      hashtags: ['kopi'],
      mediaType: 'text',
      metrics: { likes: 120, replies: 14, reposts: 3, quotes: 2 },
      quoteOf: 'DThr000000',
    });
  });

  it('reads search results (searchResults.edges[].node.thread.thread_items[].post)', () => {
    const body = {
      data: {
        searchResults: {
          edges: [{ node: { thread: { thread_items: [{ post: media({ code: 'DSearch001', username: 'tehmanis', likes: 9 }) }] } } }],
        },
      },
    };
    expect(threadsPlatform.parseNetwork({ url: GQL, body }).posts.map((p) => p.postId)).toContain('DSearch001');
  });

  it('is not alarmed by a GraphQL response with nothing to capture, but is by an error', () => {
    expect(threadsPlatform.parseNetwork({ url: GQL, body: { data: { viewer: { id: '1' } } } }).warnings).toBeUndefined();
    expect(threadsPlatform.parseNetwork({ url: GQL, body: { errors: [{ message: 'x' }] } }).warnings?.[0]?.kind).toBe(
      'payloadNotUnderstood',
    );
  });
});

describe('threads parseDom', () => {
  it('reads posts from data-sjs blocks, and flags post links with no data', () => {
    const sjs = {
      require: [
        [
          'RelayPrefetchedStreamCache',
          'next',
          null,
          [
            {
              __bbox: {
                result: { data: { post: media({ code: 'DSjs000001', username: 'kopikita', likes: 4, threads: { replies: 1 } }) } },
              },
            },
          ],
        ],
      ],
    };
    const withData = new JSDOM(`<html><body><script type="application/json" data-sjs>${JSON.stringify(sjs)}</script></body></html>`).window
      .document;
    expect(threadsPlatform.parseDom(withData, new URL('https://www.threads.com/')).posts.map((p) => [p.postId, p.metrics.likes])).toEqual([
      ['DSjs000001', 4],
    ]);
    const withoutData = new JSDOM('<html><body><a href="/@kopikita/post/DSjs000002">post</a></body></html>').window.document;
    expect(threadsPlatform.parseDom(withoutData, new URL('https://www.threads.com/')).warnings?.[0]?.kind).toBe('selectorMiss');
  });
});
