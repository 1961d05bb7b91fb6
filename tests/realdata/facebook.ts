/** Facebook: the ground truth of ../shared/realdata/README.md (m.facebook.com story page, 2021). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { capturedPostSchema } from '@/lib/messaging/schemas';
import { getAdapter } from '@/lib/platforms/registry';
import { REALDATA } from './paths';

const file = join(REALDATA, 'facebook', 'm-story.html');

describe.skipIf(!existsSync(file))('Facebook real data: m-story.html', () => {
  const parse = () => {
    const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
    return getAdapter('facebook')!.parseDom(
      doc,
      new URL('https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711'),
    );
  };

  it('reads post 3065154550235644: 1615 likes, 149 comments, 281 shares, published 1589331678', () => {
    const post = parse().posts.find((p) => p.postId === '3065154550235644');
    expect(post).toMatchObject({
      authorHandle: 'Nintendo',
      createdAt: new Date(1589331678 * 1000).toISOString(),
      mediaType: 'photo',
      metrics: { likes: 1615, replies: 149, shares: 281 },
    });
  });

  it.each([
    ['4194934713924283', 466, 73, 17],
    ['4193752747375813', 290, 44, 25],
    ['4191173794300375', 305, 408, 22],
  ])('reads post %s: %i likes, %i comments, %i shares', (id, likes, replies, shares) => {
    const post = parse().posts.find((p) => p.postId === id);
    expect(post?.metrics).toEqual({ likes, replies, shares });
    expect(post?.authorHandle).toBe('Nintendo');
  });

  it('every row is valid for the background, with no warnings', () => {
    const r = parse();
    expect(r.warnings ?? []).toEqual([]);
    for (const p of r.posts) expect(capturedPostSchema.safeParse(p).success, p.postId).toBe(true);
  });
});
