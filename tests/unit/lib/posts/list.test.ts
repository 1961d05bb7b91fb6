import { describe, expect, it } from 'vitest';
import { accountKey } from '@/lib/db/keys';
import type { AccountRole, PostRow } from '@/lib/db/schema';
import { listPosts, matchesFilter, parseSearch, type PostFilter } from '@/lib/posts/list';
import { postRow } from '../../../helpers/rows';

const H = 3_600_000;
const T = Date.UTC(2026, 10, 20, 9);
const all: PostFilter = { scope: 'all', search: '' };

// Five posts by three X authors and one Bluesky author, an hour apart (p1 oldest).
const rows: PostRow[] = [
  postRow('p1', 'KopiKita', T, { text: 'Promo kopi susu #KopiSusu', hashtags: ['KopiSusu'], mediaType: 'photo', metrics: { likes: 50 } }),
  postRow('p2', 'KopiKita', T + H, { text: 'New menu', hashtags: [], mediaType: 'video', metrics: { likes: 5, replies: 5 } }),
  postRow('p3', 'TehManis', T + 2 * H, { text: 'Teh promo hari ini #promo', hashtags: ['promo'], metrics: { likes: 200 } }),
  postRow('p4', 'Spammer', T + 3 * H, { text: 'promo promo', metrics: { likes: 999 } }),
  { ...postRow('p5', 'kopi.bsky.social', T + 4 * H, { text: 'Kopi di Bluesky', metrics: { likes: 1 } }), platform: 'bluesky' },
];
const roles = new Map<string, AccountRole>([
  [accountKey('x', 'kopikita'), 'competitor'],
  [accountKey('x', 'tehmanis'), 'own'],
  [accountKey('x', 'spammer'), 'ignored'],
]);
const ids = (list: PostRow[]) => list.map((p) => p.postId);

describe('parseSearch', () => {
  it('splits words, #hashtags and @authors, lower-cased, and drops a bare # or @', () => {
    expect(parseSearch('  Promo #KopiSusu @KopiKita # @ hari ')).toEqual({
      words: ['promo', 'hari'],
      hashtags: ['kopisusu'],
      authors: ['kopikita'],
    });
  });
});

describe('listPosts', () => {
  it('lists every post but the ignored author’s, newest first, or oldest first', () => {
    expect(ids(listPosts(rows, all, 'newest', roles))).toEqual(['p5', 'p3', 'p2', 'p1']);
    expect(ids(listPosts(rows, all, 'oldest', roles))).toEqual(['p1', 'p2', 'p3', 'p5']);
  });

  it('searches words in the text or the handle, case-insensitively; every word must match', () => {
    expect(ids(listPosts(rows, { ...all, search: 'PROMO' }, 'newest', roles))).toEqual(['p3', 'p1']);
    expect(ids(listPosts(rows, { ...all, search: 'promo teh' }, 'newest', roles))).toEqual(['p3']);
    // "kopi" is in p1's text, p2's author, and p5's text and author.
    expect(ids(listPosts(rows, { ...all, search: 'kopi' }, 'newest', roles))).toEqual(['p5', 'p2', 'p1']);
  });

  it('matches #hashtags by their beginning, in the post’s hashtags only', () => {
    expect(ids(listPosts(rows, { ...all, search: '#kopi' }, 'newest', roles))).toEqual(['p1']);
    // "promo" is in p1's text but not among its hashtags.
    expect(ids(listPosts(rows, { ...all, search: '#promo' }, 'newest', roles))).toEqual(['p3']);
  });

  it('matches @authors by the beginning of the handle', () => {
    expect(ids(listPosts(rows, { ...all, search: '@kopi' }, 'newest', roles))).toEqual(['p5', 'p2', 'p1']);
    expect(ids(listPosts(rows, { ...all, search: '@kopi #kopisusu' }, 'newest', roles))).toEqual(['p1']);
  });

  it('filters by platform, author, scope, media type and a date range [from, to)', () => {
    expect(ids(listPosts(rows, { ...all, platform: 'bluesky' }, 'newest', roles))).toEqual(['p5']);
    expect(ids(listPosts(rows, { ...all, platform: 'x', author: 'kopikita' }, 'newest', roles))).toEqual(['p2', 'p1']);
    expect(ids(listPosts(rows, { ...all, scope: 'watched' }, 'newest', roles))).toEqual(['p3', 'p2', 'p1']);
    expect(ids(listPosts(rows, { ...all, scope: 'own' }, 'newest', roles))).toEqual(['p3']);
    expect(ids(listPosts(rows, { ...all, scope: 'competitor' }, 'newest', roles))).toEqual(['p2', 'p1']);
    expect(ids(listPosts(rows, { ...all, media: 'video' }, 'newest', roles))).toEqual(['p2']);
    expect(ids(listPosts(rows, { ...all, from: T + H, to: T + 4 * H }, 'newest', roles))).toEqual(['p3', 'p2']);
  });

  it('a post with an unreadable date is left out only when a date range is set', () => {
    const odd = postRow('p9', 'KopiKita', T, { createdAt: 'not a date' });
    expect(matchesFilter(odd, all, parseSearch(''), roles)).toBe(true);
    expect(matchesFilter(odd, { ...all, from: 0 }, parseSearch(''), roles)).toBe(false);
  });

  it('sorts by engagement (X: likes + replies + reposts + quotes), highest first, reposts last', () => {
    const repost = postRow('r1', 'KopiKita', T + 5 * H, { repostOf: 'p3', metrics: {} });
    // p3 200, p1 50, p2 5 + 5 = 10, p5 (Bluesky) 1; the repost has no counters of its own.
    expect(ids(listPosts([...rows, repost], all, 'engagement', roles))).toEqual(['p3', 'p1', 'p2', 'p5', 'r1']);
    // The user's counters for X: replies only. p2 5, p5 (Bluesky keeps its own counters) 1, then p3 and p1 with none, newest first.
    expect(ids(listPosts(rows, all, 'engagement', roles, undefined, { x: ['replies'] }))).toEqual(['p2', 'p5', 'p3', 'p1']);
  });

  it('sorts by given values (ER, × its usual), posts without one last, newest first among those', () => {
    const values = new Map([
      [`x\u0000p1`, 0.02],
      [`x\u0000p3`, 0.05],
    ]);
    expect(ids(listPosts(rows, all, 'er', roles, values))).toEqual(['p3', 'p1', 'p5', 'p2']);
  });
});
