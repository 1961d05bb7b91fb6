import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blueskyPlatform } from '@/lib/platforms/bluesky';
import { createdAtFromTid } from '@/lib/platforms/bluesky/shared';

// Hand-written after bsky.app's test ids (feedItem-by-<handle>, likeCount, repostCount).
const item = `<div data-testid="feedItem-by-kopikita.bsky.social">
  <a href="/profile/kopikita.bsky.social/post/3lpk2lf7k6k2t">12h</a>
  <div data-testid="postText">Kopi susu hari ini #kopi</div>
  <button data-testid="replyBtn"><span>4</span></button>
  <button><span data-testid="repostCount">1,2 rb</span></button>
  <button><span data-testid="likeCount">2,9 rb</span></button></div>`;

describe('bluesky parseDom', () => {
  it('leaves posts the caller already has unread (the known hint), without calling them misses', () => {
    const doc = new JSDOM(`<html lang="id"><body>${item}</body></html>`).window.document;
    const r = blueskyPlatform.parseDom(doc, new URL('https://bsky.app/'), (id) => id === '3lpk2lf7k6k2t');
    expect(r.posts).toEqual([]);
    expect(r.warnings).toBeUndefined();
  });

  it('reads a feed item in the page language, with the time from the TID record key', () => {
    const doc = new JSDOM(`<html lang="id"><body>${item}</body></html>`).window.document;
    const [post] = blueskyPlatform.parseDom(doc, new URL('https://bsky.app/')).posts;
    expect(post).toMatchObject({
      postId: '3lpk2lf7k6k2t',
      authorHandle: 'kopikita.bsky.social',
      text: 'Kopi susu hari ini #kopi',
      hashtags: ['kopi'],
      metrics: { replies: 4, reposts: 1200, likes: 2900 },
    });
    expect(post!.approximate?.sort()).toEqual(['likes', 'reposts']);
    expect(post!.createdAt).toBe(createdAtFromTid('3lpk2lf7k6k2t'));
  });

  it('decodes a TID to the post time (realdata: 3lpk2lf7k6k2t was created 2025-05-19T17:05:14.470Z)', () => {
    expect(createdAtFromTid('3lpk2lf7k6k2t').slice(0, 19)).toBe('2025-05-19T17:05:14');
  });

  it('reads the profile header counts', () => {
    const doc = new JSDOM(
      '<html lang="en"><body><a href="/profile/kopikita.bsky.social/followers">554 followers</a><a href="/profile/kopikita.bsky.social/follows">296 following</a></body></html>',
    ).window.document;
    expect(blueskyPlatform.parseDom(doc, new URL('https://bsky.app/profile/kopikita.bsky.social')).profiles).toEqual([
      { platform: 'bluesky', handle: 'kopikita.bsky.social', followers: 554, following: 296 },
    ]);
  });
});

describe('follower counts come only from the header of the profile shown (trust edge 3)', () => {
  it("a link in the bio ending in /followers is not the count; the header's own link is", () => {
    const doc = new JSDOM(
      '<html lang="en"><body><div data-testid="profileHeaderDescription"><a href="https://evil.example/followers">50K followers</a><a href="/profile/someone.else/followers">9M followers</a></div>' +
        '<a href="/profile/kopikita.bsky.social/followers">554 followers</a></body></html>',
    ).window.document;
    expect(blueskyPlatform.parseDom(doc, new URL('https://bsky.app/profile/kopikita.bsky.social')).profiles).toEqual([
      { platform: 'bluesky', handle: 'kopikita.bsky.social', followers: 554 },
    ]);
  });
});
