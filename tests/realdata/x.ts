/** X: every ground-truth row of ../shared/realdata/README.md (GraphQL 2025, 2026 and the saved DOM). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { capturedPostSchema, capturedProfileSchema } from '@/lib/messaging/schemas';
import { getAdapter } from '@/lib/platforms/registry';
import type { CapturedPost, CaptureResult } from '@/lib/platforms/types';

import { REALDATA } from './paths';
const x = getAdapter('x')!;

const OPERATION_OF: Record<string, string> = {
  'user-tweets': 'UserTweets',
  'user-tweets-and-replies': 'UserTweetsAndReplies',
  'user-media': 'UserMedia',
  'search-timeline': 'SearchTimeline',
  'tweet-detail': 'TweetDetail',
  'list-latest-tweets-timeline': 'ListLatestTweetsTimeline',
  'community-tweets': 'CommunityTweetsTimeline',
  'user-by-screen-name': 'UserByScreenName',
};

const cache = new Map<string, CaptureResult>();
function parseFile(rel: string): CaptureResult {
  if (!cache.has(rel)) {
    const name = rel.split('/').pop()!.replace('.json', '');
    const url = `https://x.com/i/api/graphql/realdata/${OPERATION_OF[name]}?variables=%7B%7D`;
    cache.set(rel, x.parseNetwork({ url, body: JSON.parse(readFileSync(join(REALDATA, 'x', rel), 'utf8')) }));
  }
  return cache.get(rel)!;
}
const post = (rel: string, id: string): CapturedPost => {
  const found = parseFile(rel).posts.find((p) => p.postId === id);
  if (!found) throw new Error(`${rel}: post ${id} not captured`);
  return found;
};

const twitterDate = (s: string) => new Date(s.replace(/^\w+ (\w+) (\d+) ([\d:]+) \+0000 (\d+)$/, '$1 $2 $4 $3 UTC')).toISOString();

// file · id · handle · created_at · likes · replies · reposts · quotes · bookmarks · views · followers
type Row = [string, string, string, string, number, number, number, number, number, number | undefined, number];
const POSTS: Row[] = [
  [
    'graphql-2026/user-tweets.json',
    '2019881223666233717',
    'XDevelopers',
    'Fri Feb 06 21:09:45 +0000 2026',
    5569,
    783,
    832,
    573,
    2810,
    2525462,
    695695,
  ],
  [
    'graphql-2026/user-tweets.json',
    '2083289084567724316',
    'benjitaylor',
    'Fri Jul 31 20:29:58 +0000 2026',
    674,
    44,
    31,
    13,
    117,
    104358,
    188910,
  ],
  [
    'graphql-2026/user-tweets.json',
    '2074882755905585583',
    'XDevelopers',
    'Wed Jul 08 15:46:13 +0000 2026',
    316,
    60,
    45,
    6,
    83,
    60529,
    695695,
  ],
  ['graphql-2026/user-tweets.json', '2082640276389249363', 'XDevelopers', 'Thu Jul 30 01:31:50 +0000 2026', 45, 4, 7, 1, 14, 4346, 695695],
  ['graphql-2026/search-timeline.json', '2074976613713031490', 'piloly', 'Wed Jul 08 21:59:10 +0000 2026', 312, 11, 21, 9, 7, 25900, 29524],
  [
    'graphql-2026/search-timeline.json',
    '2074955486441492823',
    'elonmusk',
    'Wed Jul 08 20:35:13 +0000 2026',
    9699,
    984,
    1706,
    105,
    434,
    1982218,
    241183756,
  ],
  [
    'graphql-2026/tweet-detail.json',
    '1649191520250245121',
    'XDevelopers',
    'Thu Apr 20 23:21:13 +0000 2023',
    426,
    93,
    202,
    118,
    73,
    979440,
    695696,
  ],
  [
    'graphql-2026/list-latest-tweets-timeline.json',
    '2085086539097293084',
    'CSPC_DC',
    'Wed Aug 05 19:32:24 +0000 2026',
    8,
    0,
    0,
    3,
    4,
    4717,
    2372,
  ],
  [
    'graphql-2025/user-tweets.json',
    '1851463451929186504',
    'XDevelopers',
    'Wed Oct 30 03:17:40 +0000 2024',
    4161,
    1097,
    897,
    224,
    372,
    1990473,
    700242,
  ],
  [
    'graphql-2025/user-tweets.json',
    '1877581125608153389',
    'Safety',
    'Fri Jan 10 04:59:58 +0000 2025',
    10853,
    1582,
    2048,
    1046,
    919,
    13536100,
    3692387,
  ],
];

describe.skipIf(!existsSync(REALDATA))('X real data: ground truth', () => {
  it.each(POSTS)('%s · %s', (file, id, handle, created, likes, replies, reposts, quotes, bookmarks, views, followers) => {
    const p = post(file, id);
    expect(p.authorHandle).toBe(handle);
    expect(p.createdAt).toBe(twitterDate(created));
    expect(p.metrics).toEqual({ likes, replies, reposts, quotes, bookmarks, ...(views !== undefined ? { views } : {}) });
    expect(p.authorFollowers).toBe(followers);
    expect(p.url).toBe(`https://x.com/${handle}/status/${id}`);
  });

  it.each([
    ['graphql-2026/user-tweets.json', '2083305234688803178', '2083289084567724316', 'Fri Jul 31 21:34:08 +0000 2026', 695695],
    ['graphql-2025/user-tweets.json', '1897349232258130236', undefined, undefined, 700242],
  ])('%s · retweet wrapper %s is a relation without copied counters', (file, id, originalId, created, followers) => {
    const w = post(file, id);
    expect(w.authorHandle).toBe('XDevelopers');
    expect(w.metrics).toEqual({});
    expect(w.repostOf).toMatch(/^\d+$/);
    if (originalId) expect(w.repostOf).toBe(originalId);
    if (created) expect(w.createdAt).toBe(twitterDate(created));
    expect(w.authorFollowers).toBe(followers);
    // The original is captured in the same response, with its own counters.
    expect(post(file, w.repostOf!).metrics.likes).toBeGreaterThan(0);
  });

  it('links quotes to the quoted post', () => {
    expect(post('graphql-2026/search-timeline.json', '2074955486441492823').quoteOf).toBe('2074915723487678904');
    expect(post('graphql-2026/search-timeline.json', '2074976613713031490')).toMatchObject({ mediaType: 'photo' });
    expect(post('graphql-2026/search-timeline.json', '2074976613713031490').text.length).toBeGreaterThan(280);
    expect(post('graphql-2026/user-tweets.json', '2074882755905585583').mediaType).toBe('video');
  });

  it('keeps the 2025 retweet wrapper without views (absent), never 0', () => {
    expect('views' in post('graphql-2025/user-tweets.json', '1897349232258130236').metrics).toBe(false);
  });

  it('reads the UserByScreenName profile', () => {
    expect(parseFile('graphql-2026/user-by-screen-name.json').profiles).toContainEqual({
      platform: 'x',
      handle: 'XDevelopers',
      followers: 695695,
      following: 762,
      posts: 4319,
    });
  });

  it('sees both follower values of XDevelopers across captures (695695 and 695696)', () => {
    const f = (file: string) => parseFile(file).profiles.find((p) => p.handle === 'XDevelopers')?.followers;
    expect([f('graphql-2026/user-tweets.json'), f('graphql-2026/tweet-detail.json')]).toEqual([695695, 695696]);
  });

  const files = ['graphql-2026', 'graphql-2025'].flatMap((d) =>
    readdirSync(join(REALDATA, 'x', d))
      .filter((f) => f.endsWith('.json') && f !== 'operations.json')
      .map((f) => `${d}/${f}`),
  );
  it.each(files)('%s: parses without warnings, every row valid for the background', (file) => {
    const r = parseFile(file);
    expect(r.warnings ?? []).toEqual([]);
    if (!file.includes('user-by-screen-name')) expect(r.posts.length).toBeGreaterThan(0);
    for (const p of r.posts) expect(capturedPostSchema.safeParse(p).success, `${file} ${p.postId}`).toBe(true);
    for (const p of r.profiles) expect(capturedProfileSchema.safeParse(p).success, `${file} @${p.handle}`).toBe(true);
    // Every post has an author and a time; no counter was invented for a wrapper.
    for (const p of r.posts) {
      expect(p.createdAt).not.toBe('');
      if (p.repostOf) expect(p.metrics).toEqual({});
    }
  });
});

describe.skipIf(!existsSync(REALDATA))('X real data: saved DOM', () => {
  it('reads tweet-detail-article.html with exact counts from aria-labels', () => {
    const html = readFileSync(join(REALDATA, 'x', 'dom', 'tweet-detail-article.html'), 'utf8');
    const dom = new JSDOM(`<!doctype html><html lang="en"><body>${html}</body></html>`);
    const r = x.parseDom(dom.window.document, new URL('https://x.com/TestUser123/status/1981398750557065646'));
    expect(r.warnings ?? []).toEqual([]);
    expect(r.posts).toHaveLength(1);
    expect(r.posts[0]).toMatchObject({
      postId: '1981398750557065646',
      authorHandle: 'TestUser123',
      createdAt: '2025-10-23T16:34:09.000Z',
      metrics: { replies: 48, reposts: 152, likes: 553, bookmarks: 9, views: 30142 },
    });
    expect(r.posts[0]!.approximate).toBeUndefined();
    expect(r.posts[0]!.text.length).toBeGreaterThan(0);
  });
});
