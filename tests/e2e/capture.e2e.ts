import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from '../fixtures/x/dom';
import { domOnlyPage, profilePage } from '../fixtures/x/pages';
import { launch, openExtensionPage, readStore, REALDATA, serve, waitFor, type Session } from './harness';

type Post = {
  platform: string;
  postId: string;
  authorHandle: string;
  createdAt: string;
  metrics: Record<string, number>;
  repostOf?: string;
  approximate?: string[];
};
type Snap = { postId: string; capturedAt: number; metrics: Record<string, number> };
type Profile = { handle: string; followers?: number; following?: number; posts?: number };
type Health = { platform: string; postsParsed: number; selectorMisses: number };

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('(a) network capture on x.com', () => {
  it('stores the ground-truth posts of a UserTweets response with exact counters, snapshots and followers', async () => {
    const page = await s.browser.newPage();
    await serve(page, (url) => {
      if (url === 'https://x.com/XDevelopers') return { body: profilePage('XDevelopers') };
      if (url.startsWith('https://x.com/i/api/graphql/qTweets/UserTweets?'))
        return { body: readFileSync(join(REALDATA, 'x/graphql-2026/user-tweets.json')), contentType: 'application/json' };
      if (url.startsWith('https://x.com/i/api/graphql/qUser/UserByScreenName?'))
        return { body: readFileSync(join(REALDATA, 'x/graphql-2026/user-by-screen-name.json')), contentType: 'application/json' };
      return undefined;
    });
    await page.goto('https://x.com/XDevelopers');
    await page.waitForFunction(() => document.getElementById('app')?.textContent?.startsWith('Loaded'));

    const ext = await openExtensionPage(s, 'popup.html');
    const posts = await waitFor(async () => {
      const rows = await readStore<Post>(ext, 'posts');
      return rows.some((r) => r.postId === '2082640276389249363') && rows;
    }, 'captured posts');

    const byId = new Map(posts.map((p) => [p.postId, p]));
    expect(byId.get('2019881223666233717')).toMatchObject({
      authorHandle: 'XDevelopers',
      createdAt: '2026-02-06T21:09:45.000Z',
      metrics: { likes: 5569, replies: 783, reposts: 832, quotes: 573, bookmarks: 2810, views: 2525462 },
    });
    expect(byId.get('2074882755905585583')!.metrics).toEqual({
      likes: 316,
      replies: 60,
      reposts: 45,
      quotes: 6,
      bookmarks: 83,
      views: 60529,
    });
    expect(byId.get('2082640276389249363')!.metrics).toEqual({ likes: 45, replies: 4, reposts: 7, quotes: 1, bookmarks: 14, views: 4346 });
    expect(byId.get('2083289084567724316')!.metrics).toEqual({
      likes: 674,
      replies: 44,
      reposts: 31,
      quotes: 13,
      bookmarks: 117,
      views: 104358,
    });
    // The retweet wrapper is a relation, with no copied counters.
    expect(byId.get('2083305234688803178')).toMatchObject({ repostOf: '2083289084567724316', metrics: {} });

    const snaps = await readStore<Snap>(ext, 'postSnapshots');
    expect(snaps.find((x) => x.postId === '2019881223666233717')!.metrics.likes).toBe(5569);
    expect(snaps.some((x) => x.postId === '2083305234688803178')).toBe(false);

    const profiles = await waitFor(async () => {
      const rows = await readStore<Profile>(ext, 'profileSnapshots');
      return rows.some((r) => r.handle === 'xdevelopers' && r.following === 762) && rows;
    }, 'profile snapshot from UserByScreenName (XHR)');
    expect(profiles.find((r) => r.handle === 'xdevelopers')).toMatchObject({ followers: 695695, following: 762, posts: 4319 });
    expect(profiles.find((r) => r.handle === 'benjitaylor')?.followers).toBe(188910);

    const health = await readStore<Health>(ext, 'health');
    expect(health.find((h) => h.platform === 'x')!.postsParsed).toBeGreaterThan(10);
    await ext.close();
    await page.close();
  });
});

describe('(b) DOM fallback on x.com', () => {
  it('captures tweet articles with no API traffic, including ones added later, with exact aria counts', async () => {
    const realArticle = readFileSync(join(REALDATA, 'x/dom/tweet-detail-article.html'), 'utf8');
    const later = article({
      handle: 'KopiKita',
      id: '1990000000000000001',
      text: 'Promo kopi susu #kopi',
      visible: { reply: '12', retweet: '1,2 rb', like: '3,4 rb' },
    });
    const page = await s.browser.newPage();
    await serve(page, { 'https://x.com/TestUser123/status/1981398750557065646': { body: domOnlyPage(realArticle, later, 'id') } });
    await page.goto('https://x.com/TestUser123/status/1981398750557065646');

    const ext = await openExtensionPage(s, 'popup.html');
    const posts = await waitFor(async () => {
      const rows = await readStore<Post>(ext, 'posts');
      return rows.some((r) => r.postId === '1990000000000000001') && rows.some((r) => r.postId === '1981398750557065646') && rows;
    }, 'DOM-captured posts');
    expect(posts.find((p) => p.postId === '1981398750557065646')).toMatchObject({
      authorHandle: 'TestUser123',
      createdAt: '2025-10-23T16:34:09.000Z',
      metrics: { replies: 48, reposts: 152, likes: 553, bookmarks: 9, views: 30142 },
    });
    // Visible abbreviations in Indonesian (<html lang="id">), flagged as lower bounds.
    const kopi = posts.find((p) => p.postId === '1990000000000000001')!;
    expect(kopi.metrics).toMatchObject({ replies: 12, reposts: 1200, likes: 3400 });
    expect(kopi.approximate?.sort()).toEqual(['likes', 'reposts']);
    await ext.close();
    await page.close();
  });
});
