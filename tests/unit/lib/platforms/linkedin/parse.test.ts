import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { linkedinPlatform } from '@/lib/platforms/linkedin';
import { ACTIVITY, normalisedFeed } from '../../../../fixtures/linkedin/voyager';

const FEED = 'https://www.linkedin.com/voyager/api/graphql?variables=(start:0)&queryId=voyagerFeedDashMainFeed.abc123';

describe('linkedin parseNetwork', () => {
  it('joins an update to its counts by activity URN, and takes the time from the id', () => {
    const { posts, profiles, warnings } = linkedinPlatform.parseNetwork({ url: FEED, body: normalisedFeed() });
    expect(warnings).toBeUndefined();
    expect(posts).toEqual([
      {
        platform: 'linkedin',
        postId: ACTIVITY,
        url: `https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`,
        authorHandle: 'kopikita',
        createdAt: '2025-10-31T12:21:39.560Z', // (7390000000000000000 >> 22) ms, computed independently
        text: 'Kami membuka lowongan barista #kopi #karier',
        hashtags: ['kopi', 'karier'],
        mediaType: 'photo',
        metrics: { likes: 120, replies: 14, reposts: 3 },
      },
    ]);
    expect(profiles).toEqual([{ platform: 'linkedin', handle: 'kopikita', followers: 12500 }]);
  });

  it('sums reactionTypeCounts when numLikes is missing (2026 variants)', () => {
    const body = normalisedFeed(ACTIVITY, { numComments: 2 } as never);
    expect(linkedinPlatform.parseNetwork({ url: FEED, body }).posts[0]!.metrics).toEqual({ likes: 120, replies: 2 });
  });

  it('forwards only feed, organization and profile calls', () => {
    expect(linkedinPlatform.matchesNetworkUrl(FEED)).toBe(true);
    expect(linkedinPlatform.matchesNetworkUrl('https://www.linkedin.com/voyager/api/messaging/conversations')).toBe(false);
  });

  it('warns on an unknown shape', () => {
    expect(linkedinPlatform.parseNetwork({ url: FEED, body: { elements: 'x' } }).warnings?.[0]?.kind).toBe('payloadNotUnderstood');
  });
});

describe('linkedin parseDom', () => {
  const older = `<div data-urn="urn:li:activity:${ACTIVITY}"><a href="https://www.linkedin.com/company/kopikita/">Kopi Kita</a>
    <div class="update-components-text"><span>Lowongan barista #kopi</span></div>
    <button aria-label="1,234 reactions">1,234</button><button aria-label="56 comments on Kopi Kita’s post">56 comments</button><button>7 reposts</button></div>`;

  it('reads the older data-urn layout with exact counts from labels', () => {
    const doc = new JSDOM(`<html lang="en"><body>${older}</body></html>`).window.document;
    const { posts, warnings } = linkedinPlatform.parseDom(doc, new URL('https://www.linkedin.com/feed/'));
    expect(warnings).toBeUndefined();
    expect(posts[0]).toMatchObject({
      postId: ACTIVITY,
      authorHandle: 'kopikita',
      text: 'Lowongan barista #kopi',
      metrics: { likes: 1234, replies: 56, reposts: 7 },
    });
  });

  it('reads a 2026 post that links to its update page, and counts a selector miss for one that does not', () => {
    const withLink = `<div componentkey="container-update-list_mainFeed-lazy-container"><div data-view-name="feed-full-update"><a href="/company/kopikita/">Kopi Kita</a><a href="/feed/update/urn:li:activity:${ACTIVITY}/">2d</a></div>
      <div data-view-name="feed-full-update"><a href="/company/tehmanis/">Teh Manis</a><span>no link</span></div></div>`;
    const doc = new JSDOM(`<html lang="en"><body>${withLink}</body></html>`).window.document;
    const r = linkedinPlatform.parseDom(doc, new URL('https://www.linkedin.com/feed/'));
    expect(r.posts.map((p) => p.postId)).toEqual([ACTIVITY]);
    expect(r.warnings).toEqual([{ kind: 'selectorMiss', detail: 'linkedin post without activity id (layout changed?)' }]);
  });

  it('leaves posts the caller already has unread (the known hint), without calling them misses', () => {
    const doc = new JSDOM(`<html lang="en"><body>${older}</body></html>`).window.document;
    const r = linkedinPlatform.parseDom(doc, new URL('https://www.linkedin.com/feed/'), (id) => id === ACTIVITY);
    expect(r.posts).toEqual([]);
    expect(r.warnings).toBeUndefined();
    expect(linkedinPlatform.parseDom(doc, new URL('https://www.linkedin.com/feed/'), () => false).posts).toHaveLength(1);
  });

  it('reads a company page follower count', () => {
    const doc = new JSDOM(
      '<html lang="en"><body><div class="org-top-card"><div>Food &amp; Beverages</div><div>Jakarta · 12,500 followers</div></div></body></html>',
    ).window.document;
    expect(linkedinPlatform.parseDom(doc, new URL('https://www.linkedin.com/company/kopikita/')).profiles).toEqual([
      { platform: 'linkedin', handle: 'kopikita', followers: 12500 },
    ]);
  });
});

describe('LinkedIn follower counts come only from the element that carries them (trust edge 3)', () => {
  const read = (html: string, path = '/company/kopikita/') =>
    linkedinPlatform.parseDom(
      new JSDOM(`<html lang="en"><body>${html}</body></html>`).window.document,
      new URL(`https://www.linkedin.com${path}`),
    ).profiles;
  it('a headline that mentions followers is not the count; the real one below it is', () => {
    expect(
      read(
        '<div class="pv-top-card"><div class="text-body-medium">Growth coach | 50K followers on TikTok</div><ul class="pv-top-card--list"><li>1,234 followers</li></ul></div>',
        '/in/coach/',
      ),
    ).toEqual([{ platform: 'linkedin', handle: 'coach', followers: 1234 }]);
  });
  it.each([
    ['a tagline of only a count', '<div class="org-top-card"><p class="org-top-card-summary__tagline">50K followers</p></div>'],
    ['a bio sentence', '<div class="org-top-card"><div>We reached 50K followers last year</div></div>'],
    ['a headline ending with the word', '<div class="pv-top-card"><div class="text-body-medium">Kopi | 50K followers</div></div>'],
    ['text outside the top card', '<main><div>50K followers</div></main>'],
  ])('%s gives no count', (_, html) => expect(read(html)).toEqual([]));
});
