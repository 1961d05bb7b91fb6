import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseGroupLabel, parseXDom } from '@/lib/platforms/x/parse-dom';
import { article, page } from '../../../../fixtures/x/dom';

const url = new URL('https://x.com/home');
const doc = (html: string) => new JSDOM(html).window.document;

describe('parseXDom', () => {
  it('leaves posts the caller already has unread (the known hint) and reads the rest', () => {
    const d = doc(
      page('en', article({ handle: 'KopiKita', id: '1981398750557065646' }) + article({ handle: 'TehManis', id: '1981398750557065647' })),
    );
    const r = parseXDom(d, url, (id) => id === '1981398750557065646');
    expect(r.posts.map((p) => p.postId)).toEqual(['1981398750557065647']);
    expect(r.warnings).toBeUndefined();
  });

  it('reads exact counts from the group aria-label', () => {
    const d = doc(
      page(
        'en',
        article({
          handle: 'KopiKita',
          id: '1981398750557065646',
          text: 'Ngopi dulu #kopi',
          groupLabel: '48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views',
          visible: { like: '553', views: '29.9K' },
          photo: true,
        }),
      ),
    );
    const { posts, warnings } = parseXDom(d, url);
    expect(warnings).toBeUndefined();
    expect(posts).toEqual([
      {
        platform: 'x',
        postId: '1981398750557065646',
        url: 'https://x.com/KopiKita/status/1981398750557065646',
        authorHandle: 'KopiKita',
        createdAt: '2026-10-01T08:00:00.000Z',
        text: 'Ngopi dulu #kopi',
        hashtags: ['kopi'],
        mediaType: 'photo',
        metrics: { replies: 48, reposts: 152, likes: 553, bookmarks: 9, views: 30142 },
      },
    ]);
  });

  it('reads exact counts from button labels when there is no group label', () => {
    const d = doc(
      page(
        'en',
        article({
          handle: 'a',
          id: '1',
          buttonLabels: { reply: '48 Replies. Reply', retweet: '152 reposts. Repost', like: '553 Likes. Like' },
          analyticsLabel: '30142 views. View post analytics',
        }),
      ),
    );
    expect(parseXDom(d, url).posts[0]!.metrics).toEqual({ replies: 48, reposts: 152, likes: 553, views: 30142 });
  });

  it('falls back to visible abbreviated text in the page language, flagged approximate', () => {
    const d = doc(
      page('id', article({ handle: 'a', id: '2', visible: { reply: '12', retweet: '1,2 rb', like: '3,4 jt', views: '25 rb' } })),
    );
    const p = parseXDom(d, url).posts[0]!;
    expect(p.metrics).toEqual({ replies: 12, reposts: 1200, likes: 3400000, views: 25000 });
    expect(p.approximate?.sort()).toEqual(['likes', 'reposts', 'views']);
  });

  it('reads German and English abbreviations by <html lang>', () => {
    expect(parseXDom(doc(page('de', article({ handle: 'a', id: '3', visible: { like: '1,2 Mio.' } }))), url).posts[0]!.metrics.likes).toBe(
      1200000,
    );
    expect(parseXDom(doc(page('en', article({ handle: 'a', id: '4', visible: { like: '2.5M' } }))), url).posts[0]!.metrics.likes).toBe(
      2500000,
    );
  });

  it('counts a selector miss (no status link) instead of throwing', () => {
    const d = doc(page('en', '<article data-testid="tweet"><div>no link</div></article>'));
    const r = parseXDom(d, url);
    expect(r.posts).toEqual([]);
    expect(r.warnings?.[0]?.kind).toBe('selectorMiss');
  });

  it('parses the article element itself when given as root', () => {
    const d = doc(page('en', article({ handle: 'a', id: '5', groupLabel: '1 like' })));
    expect(parseXDom(d.querySelector('article')!, url).posts[0]!.metrics).toMatchObject({ likes: 1, replies: 0, reposts: 0 });
  });

  it('reads a profile page header (abbreviated: approximate), only for the handle in the URL', () => {
    const header =
      '<a href="/KopiKita/following"><span>762</span> <span>Following</span></a><a href="/KopiKita/verified_followers"><span>695,6 rb</span> <span>Pengikut</span></a><a href="/other/followers">9 Followers</a>';
    const d = doc(page('id', header));
    expect(parseXDom(d, new URL('https://x.com/KopiKita')).profiles).toEqual([
      { platform: 'x', handle: 'KopiKita', followers: 695600, following: 762, approximate: ['followers'] },
    ]);
    expect(parseXDom(d, new URL('https://x.com/home')).profiles).toEqual([]);
  });

  it('maps Indonesian group labels', () => {
    expect(Object.fromEntries(parseGroupLabel('48 balasan, 152 posting ulang, 553 suka, 9 markah, 30142 tayangan'))).toEqual({
      replies: 48,
      reposts: 152,
      likes: 553,
      bookmarks: 9,
      views: 30142,
    });
  });
});
