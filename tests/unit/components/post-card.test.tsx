import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { PostCard } from '@/components/posts/post-card';
import type { PostRow } from '@/lib/db/schema';

vi.mock('@/lib/i18n/t', () => ({ t: (key: string) => key }));

const repost = (platform: PostRow['platform'], url: string): PostRow => ({
  platform,
  postId: 'r1',
  url,
  authorHandle: 'kopi',
  authorKey: 'kopi',
  createdAt: '2026-11-20T09:00:00.000Z',
  text: '',
  hashtags: [],
  metrics: {},
  repostOf: 'orig123',
  firstSeenAt: 0,
  lastSeenAt: 0,
});
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

describe('a repost whose original was not captured', () => {
  it("links to the original by its id on a platform that has such an address (X), else to the repost's own address, never to X", () => {
    const onX = renderToStaticMarkup(<PostCard post={repost('x', 'https://x.com/kopi/status/r1')} now={0} onSetRole={() => {}} />);
    expect(hrefs(onX)).toContain('https://x.com/i/web/status/orig123');
    const url = 'https://bsky.app/profile/kopi.bsky.social/post/r1';
    const onBluesky = renderToStaticMarkup(<PostCard post={repost('bluesky', url)} now={0} onSetRole={() => {}} />);
    expect(hrefs(onBluesky)).toContain(url);
    expect(hrefs(onBluesky).some((h) => h!.includes('x.com'))).toBe(false);
  });
});
