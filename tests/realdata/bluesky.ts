/** Bluesky: every ground-truth row of ../shared/realdata/README.md (XRPC JSON). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturedPostSchema, capturedProfileSchema } from '@/lib/messaging/schemas';
import { getAdapter } from '@/lib/platforms/registry';
import type { CaptureResult } from '@/lib/platforms/types';
import { REALDATA } from './paths';

const bsky = getAdapter('bluesky')!;
const METHOD: Record<string, string> = {
  'get-author-feed': 'app.bsky.feed.getAuthorFeed',
  'get-timeline': 'app.bsky.feed.getTimeline',
  'get-post-thread': 'app.bsky.feed.getPostThread',
  'get-posts': 'app.bsky.feed.getPosts',
  'get-profiles': 'app.bsky.actor.getProfiles',
};
const parse = (name: string): CaptureResult =>
  bsky.parseNetwork({
    url: `https://public.api.bsky.app/xrpc/${METHOD[name]}?actor=x`,
    body: JSON.parse(readFileSync(join(REALDATA, 'bluesky', `${name}.json`), 'utf8')),
  });

// file · rkey · handle · createdAt · likes · replies · reposts · quotes
const ROWS: Array<[string, string, string, string, number, number, number, number]> = [
  ['get-timeline', '3lpk2lf7k6k2t', 'bsky.app', '2025-05-19T17:05:14.470Z', 2910, 173, 636, 365],
  ['get-timeline', '3lpk2ljkgjc2t', 'bsky.app', '2025-05-19T17:05:14.471Z', 588, 16, 33, 10],
  ['get-author-feed', '3loagm2phgk2t', 'chriskenny.bsky.social', '2025-05-03T03:48:32.922Z', 3, 0, 2, 0],
  ['get-author-feed', '3lo7irc7njk2p', 'chriskenny.bsky.social', '2025-05-02T18:54:36.307Z', 6, 2, 2, 0],
  ['get-author-feed', '3lnneysi3ps2c', 'mickael.canouil.fr', '2025-04-25T13:59:17.980Z', 13, 0, 6, 0],
];

describe.skipIf(!existsSync(join(REALDATA, 'bluesky')))('Bluesky real data: ground truth', () => {
  it.each(ROWS)('%s · %s', (file, rkey, handle, createdAt, likes, replies, reposts, quotes) => {
    const post = parse(file).posts.find((p) => p.postId === rkey && !p.repostOf);
    expect(post).toBeDefined();
    expect(post).toMatchObject({ authorHandle: handle, createdAt, url: `https://bsky.app/profile/${handle}/post/${rkey}` });
    expect(post!.metrics).toMatchObject({ likes, replies, reposts, quotes });
  });

  it('reads the rstats tag facet', () => {
    expect(parse('get-author-feed').posts.find((p) => p.postId === '3loagm2phgk2t')!.hashtags).toContain('rstats');
  });

  it("records feed[6] as chriskenny's repost of mickael.canouil.fr's post, with no counters of its own", () => {
    const repost = parse('get-author-feed').posts.find((p) => p.repostOf === '3lnneysi3ps2c');
    expect(repost).toMatchObject({ authorHandle: 'chriskenny.bsky.social', metrics: {} });
  });

  it('reads profile counts from getProfiles', () => {
    expect(parse('get-profiles').profiles).toContainEqual({
      platform: 'bluesky',
      handle: 'chriskenny.bsky.social',
      followers: 554,
      following: 296,
      posts: 65,
    });
  });

  it.each(Object.keys(METHOD))('%s: parses without warnings, every row valid for the background', (file) => {
    const r = parse(file);
    expect(r.warnings ?? []).toEqual([]);
    expect(r.posts.length + r.profiles.length).toBeGreaterThan(0);
    for (const p of r.posts) expect(capturedPostSchema.safeParse(p).success, `${file} ${p.postId}`).toBe(true);
    for (const p of r.profiles) expect(capturedProfileSchema.safeParse(p).success, `${file} @${p.handle}`).toBe(true);
  });
});
