import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { facebookPlatform } from '@/lib/platforms/facebook';

describe('facebook parseDom', () => {
  it('reads an m.facebook.com story: data-ft for id, page and time; MLiveData for counts', () => {
    const ft = JSON.stringify({
      top_level_post_id: '5550000000001',
      page_id: '1000001',
      story_attachment_style: 'video_inline',
      page_insights: { '1000001': { post_context: { publish_time: 1763800000 } } },
    });
    const html = `<html lang="en"><body><article data-ft='${ft}'><header><a href="/KopiKita/?refid=52">Kopi Kita</a></header><div class="story_body_container"><p>Promo #kopi</p></div></article>
      <script>require("x")(["MLiveData","set",[],["5550000000001",{ft_ent_identifier:5550000000001,comment_count:12,share_count:3,like_count:456,like_counts:[]}]])</script></body></html>`;
    const doc = new JSDOM(html).window.document;
    // Already delivered by the network path: left unread, and not a "none readable" warning.
    const known = facebookPlatform.parseDom(doc, new URL('https://m.facebook.com/KopiKita'), (id) => id === '5550000000001');
    expect(known.posts).toEqual([]);
    expect(known.warnings).toBeUndefined();
    expect(facebookPlatform.parseDom(doc, new URL('https://m.facebook.com/KopiKita')).posts).toEqual([
      {
        platform: 'facebook',
        postId: '5550000000001',
        url: 'https://www.facebook.com/KopiKita/posts/5550000000001',
        authorHandle: 'KopiKita',
        createdAt: new Date(1763800000 * 1000).toISOString(),
        text: 'Promo #kopi',
        hashtags: ['kopi'],
        mediaType: 'video',
        metrics: { likes: 456, replies: 12, shares: 3 },
      },
    ]);
  });

  it('reports www posts it cannot read as a selector miss', () => {
    const doc = new JSDOM('<html><body><div role="article" aria-posinset="1">post</div></body></html>').window.document;
    expect(facebookPlatform.parseDom(doc, new URL('https://www.facebook.com/')).warnings?.[0]?.kind).toBe('selectorMiss');
  });
});

describe('follower counts come only from the page’s own followers link (trust edge 3)', () => {
  it("a link in the page's intro is not the count", () => {
    const doc = new JSDOM(
      '<html lang="en"><body><div><a href="https://evil.example/x/followers">50M followers</a><a href="https://www.facebook.com/Other/followers/">9M followers</a></div>' +
        '<a href="https://www.facebook.com/KopiKita/followers/">12K followers</a></body></html>',
    ).window.document;
    expect(facebookPlatform.parseDom(doc, new URL('https://www.facebook.com/KopiKita')).profiles).toEqual([
      { platform: 'facebook', handle: 'KopiKita', followers: 12_000, approximate: ['followers'] },
    ]);
  });
});
