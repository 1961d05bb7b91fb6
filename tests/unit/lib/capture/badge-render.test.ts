import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderBadge } from '@/lib/capture/badge-render';
import { runPlatform } from '@/lib/capture/runtime';
import { xPlatform } from '@/lib/platforms/x';
import { article } from '../../../fixtures/x/dom';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const badge = { postId: '1', engagement: 11, followers: 5000, er: 0.0022, medianEr: 0.002 };

describe('badges keep the watchlist from the page', () => {
  it("draws in a closed shadow root: the page's scripts see the element, not its numbers", () => {
    const dom = new JSDOM('<article id="p"></article>');
    const post = dom.window.document.getElementById('p')!;
    renderBadge(post, badge, 'en');
    const host = post.querySelector('pantau-badge') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    // A look-alike element planted by the page is not filled.
    const fake = dom.window.document.createElement('pantau-badge');
    const other = dom.window.document.createElement('article');
    other.append(fake);
    renderBadge(other, { ...badge, postId: '2' }, 'en');
    expect(fake.textContent).toBe('');
  });

  it('asks for badges only for posts the script itself parsed, not for any element with a post link', async () => {
    const real = article({
      handle: 'KopiKita',
      id: '1800000000000000001',
      text: 'Selamat pagi',
      groupLabel: '1 reply, 2 reposts, 3 likes',
    });
    // A planted element with a link to a guessed watched account's post, and nothing a parser reads.
    const planted = '<article data-testid="tweet"><a href="/Saingan/status/1800000000000000999">x</a></article>';
    const dom = new JSDOM(`<html lang="en"><body>${real}${planted}</body></html>`, { url: 'https://x.com/home' });
    vi.stubGlobal('window', dom.window);
    vi.stubGlobal('MutationObserver', dom.window.MutationObserver);
    const asked: string[][] = [];
    // A parser that reads the real post only (X's own DOM reader would also take the planted
    // article as a post of the page's own data, which a page can forge anyway: the closed root is
    // what keeps the numbers from it). The rule under test: ask only for what was parsed.
    const strict = {
      ...xPlatform,
      parseDom: (root: ParentNode, url: URL) => {
        const r = xPlatform.parseDom(root, url);
        return { ...r, posts: r.posts.filter((p) => p.postId === '1800000000000000001') };
      },
    };
    runPlatform(
      strict,
      {
        send: async () => ({ ok: true, stored: 1 }),
        onInvalidated: () => {},
        getBadges: async (ids) => (asked.push(ids), []),
      },
      dom.window as never,
    );
    await vi.advanceTimersByTimeAsync(2000);
    expect(asked.flat()).toEqual(['1800000000000000001']);
  });
});
