import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { youtubePlatform } from '@/lib/platforms/youtube';

const videoRenderer = (id: string, views: string) => ({
  videoRenderer: {
    videoId: id,
    title: { runs: [{ text: 'Kopi 101 #kopi' }] },
    viewCountText: { simpleText: views },
    ownerText: { runs: [{ text: 'Kopi Kita', navigationEndpoint: { browseEndpoint: { canonicalBaseUrl: '/@kopikita' } } }] },
  },
});

describe('youtube parseDom', () => {
  it('reads ytInitialData assigned in an inline script, in the page language', () => {
    const data = { responseContext: {}, contents: { items: [videoRenderer('abcdefghijk', '1.545.374 x ditonton')] } };
    const doc = new JSDOM(`<html lang="id"><body><script>var ytInitialData = ${JSON.stringify(data)};</script></body></html>`).window
      .document;
    const [post] = youtubePlatform.parseDom(doc, new URL('https://www.youtube.com/')).posts;
    expect(post).toMatchObject({
      postId: 'abcdefghijk',
      authorHandle: 'kopikita',
      text: 'Kopi 101 #kopi',
      hashtags: ['kopi'],
      metrics: { views: 1545374 },
    });
    expect(post!.approximate).toBeUndefined();
  });

  it('flags video tiles with no ytInitialData as a selector miss', () => {
    const doc = new JSDOM('<html><body><ytd-rich-item-renderer></ytd-rich-item-renderer></body></html>').window.document;
    expect(youtubePlatform.parseDom(doc, new URL('https://www.youtube.com/')).warnings?.[0]?.kind).toBe('selectorMiss');
  });
});
