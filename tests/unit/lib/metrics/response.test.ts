import { describe, expect, it } from 'vitest';
import { audienceComments, nearestRank, responseStats, toAnswer, type ThreadPost } from '@/lib/metrics/response';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 20, 8);
const BRAND = new Set(['kopikita']);

const root = (id: string, at: number, author = 'kopikita'): ThreadPost => ({
  postId: id,
  authorKey: author,
  createdAt: at,
  conversationId: id,
});
const reply = (id: string, author: string, to: string, conv: string, at?: number): ThreadPost => ({
  postId: id,
  authorKey: author,
  replyTo: to,
  conversationId: conv,
  ...(at !== undefined ? { createdAt: at } : {}),
});

/**
 * Six of the brand's posts, each with one audience comment, answered after 10, 20, 30, 40 and 50
 * minutes; the sixth thread's comment is unanswered.
 */
function sixThreads(): ThreadPost[] {
  const posts: ThreadPost[] = [];
  for (let i = 0; i < 6; i++) {
    const r = `r${i}`;
    posts.push(root(r, T0 + i * 60 * MIN));
    posts.push(reply(`c${i}`, `fan${i}`, r, r, T0 + i * 60 * MIN + 5 * MIN));
    if (i < 5) posts.push(reply(`a${i}`, 'kopikita', `c${i}`, r, T0 + i * 60 * MIN + 5 * MIN + (i + 1) * 10 * MIN));
  }
  return posts;
}

describe('response time and reply rate', () => {
  it('computes the median and p90 time to the first reply, the reply rate and the answered threads, by hand', () => {
    const s = responseStats(sixThreads(), BRAND);
    // Times 10, 20, 30, 40, 50 min: median 30; p90 by nearest rank: ceil(0.9 · 5) = 5th → 50.
    expect(s.responseTime).toEqual({ conversations: 5, comments: 5, value: { median: 30 * MIN, p90: 50 * MIN } });
    expect(s.replyRate).toEqual({ conversations: 6, comments: 6, value: 5 / 6 });
    expect(s.answeredThreads).toEqual({ conversations: 6, comments: 6, value: 5 / 6 });
  });

  it('shows no figure resting on fewer than 5 conversations, but says how many there are', () => {
    const four = sixThreads().filter((p) => !/[45]$/.test(p.postId));
    const s = responseStats(four, BRAND);
    expect(s.replyRate).toEqual({ conversations: 4, comments: 4 });
    expect(s.responseTime.value).toBeUndefined();
    expect(s.responseTime.conversations).toBe(4);
  });

  it('takes the first of several replies, and a reply dated before its comment answers it but gives no time', () => {
    const posts = sixThreads();
    // A second, later answer to c0 changes nothing; c1's answer is dated before c1 (clock skew).
    posts.push(reply('a0-late', 'kopikita', 'c0', 'r0', T0 + 500 * MIN));
    const skewed = posts.find((p) => p.postId === 'a1')!;
    skewed.createdAt = T0 + 60 * MIN; // c1 is at T0 + 65 min
    const s = responseStats(posts, BRAND);
    expect(s.replyRate.value).toBe(5 / 6);
    // Times 10, 30, 40, 50 over 4 conversations: under 5, so no figure.
    expect(s.responseTime).toEqual({ conversations: 4, comments: 4 });
    const c0 = audienceComments(posts, BRAND).find((c) => c.comment.postId === 'c0')!;
    expect(c0.reply!.postId).toBe('a0');
  });

  it("a brand replying to itself is no audience comment and no answer; a deleted parent's replies are not lost", () => {
    const posts = sixThreads();
    // The brand continues its own thread (a self-reply to its root), and replies in a thread whose root is gone.
    posts.push(reply('self', 'kopikita', 'r0', 'r0', T0 + 2 * MIN));
    posts.push(reply('orphan-c', 'fan9', 'gone', 'gone', T0));
    posts.push(reply('orphan-a', 'kopikita', 'orphan-c', 'gone', T0 + 3 * MIN));
    const s = responseStats(posts, BRAND);
    // The thread rooted in the deleted post is not known to be the brand's: left out, not counted as answered or not.
    expect(s.replyRate).toEqual({ conversations: 6, comments: 6, value: 5 / 6 });
    expect(s.responseTime.value).toEqual({ median: 30 * MIN, p90: 50 * MIN });
  });

  it('counts the brand under each of its keys (a handle in another format is the same account)', () => {
    const posts = sixThreads().map((p) => (p.postId === 'a2' ? { ...p, authorKey: 'did:plc:kopikita' } : p));
    // Known under one key only, its answer under the other reads as a seventh, audience comment: 4 of 7 answered.
    expect(responseStats(posts, BRAND).replyRate.value).toBe(4 / 7);
    expect(responseStats(posts, new Set(['kopikita', 'did:plc:kopikita'])).replyRate.value).toBe(5 / 6);
  });

  it('a thread seen only partly: comments whose replies were never seen are unanswered, never a time', () => {
    const posts = sixThreads().filter((p) => !p.postId.startsWith('a'));
    const s = responseStats(posts, BRAND);
    expect(s.replyRate.value).toBe(0);
    expect(s.responseTime).toEqual({ conversations: 0, comments: 0 });
    expect(s.answeredThreads.value).toBe(0);
  });

  it('a comment without an exact time is answered or not, but gives no time', () => {
    const posts = sixThreads().map((p) => (p.postId === 'c0' ? { ...p, createdAt: undefined } : p));
    const s = responseStats(posts, BRAND);
    expect(s.replyRate.value).toBe(5 / 6);
    expect(s.responseTime.comments).toBe(4);
  });
});

describe('to answer', () => {
  it('lists audience comments with no reply, oldest first, without those marked done or ignored', () => {
    const posts = sixThreads();
    posts.push(reply('c0b', 'fan7', 'a0', 'r0', T0 + 600 * MIN)); // a follow-up under the brand's answer
    expect(toAnswer(posts, BRAND).map((p) => p.postId)).toEqual(['c5', 'c0b']);
    expect(toAnswer(posts, BRAND, new Set(['c5'])).map((p) => p.postId)).toEqual(['c0b']);
    // A later capture sees the reply: the item drops off.
    posts.push(reply('a5', 'kopikita', 'c5', 'r5', T0 + 400 * MIN));
    expect(toAnswer(posts, BRAND).map((p) => p.postId)).toEqual(['c0b']);
  });

  it('nearest rank', () => {
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(nearestRank([7], 90)).toBe(7);
    expect(nearestRank([], 90)).toBeUndefined();
  });
});
