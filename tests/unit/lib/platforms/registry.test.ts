import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForHost, getAdapter, PLATFORMS, POSTING_ONLY } from '@/lib/platforms/registry';

const dir = join(import.meta.dirname, '../../../../lib/platforms');
// Posting-only targets (Mastodon) have a folder with their definition, and nothing to capture.
const postingOnly: string[] = POSTING_ONLY.map((t) => t.id);
const folders = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory() && !postingOnly.includes(f));
const FILE_SET = ['index.ts', 'selectors.ts', 'parse-network.ts', 'parse-dom.ts', 'compose.ts'];

describe('platform registry', () => {
  it('registers the eight platforms', () => {
    expect(PLATFORMS.map((a) => a.id).sort()).toEqual([
      'bluesky',
      'facebook',
      'instagram',
      'linkedin',
      'threads',
      'tiktok',
      'x',
      'youtube',
    ]);
  });

  it.each([
    ['https://x.com/XDevelopers', 'XDevelopers'],
    ['https://x.com/home', undefined],
    ['https://bsky.app/profile/chriskenny.bsky.social', 'chriskenny.bsky.social'],
    ['https://www.threads.com/@mosseri', 'mosseri'],
    ['https://www.instagram.com/kopikita/', 'kopikita'],
    ['https://www.instagram.com/explore/', undefined],
    ['https://www.tiktok.com/@kopikita', 'kopikita'],
    ['https://www.facebook.com/Nintendo', 'Nintendo'],
    ['https://www.youtube.com/@kurzgesagt/videos', 'kurzgesagt'],
    ['https://www.linkedin.com/company/kopikita/', 'kopikita'],
    ['https://www.linkedin.com/feed/', undefined],
  ])('%s shows the profile of %s', (url, handle) => {
    const u = new URL(url);
    expect(adapterForHost(u.hostname)!.profileFromUrl(u)).toBe(handle);
  });

  it.each([
    ['https://x.com/XDevelopers/status/2019881223666233717', { postId: '2019881223666233717', handle: 'XDevelopers' }],
    ['https://bsky.app/profile/bsky.app/post/3lpk2lf7k6k2t', { postId: '3lpk2lf7k6k2t', handle: 'bsky.app' }],
    ['https://www.threads.com/@mosseri/post/CuXRXDdNOtH', { postId: 'CuXRXDdNOtH', handle: 'mosseri' }],
    ['https://www.instagram.com/p/DAbc123xyz/', { postId: 'DAbc123xyz' }],
    ['https://www.tiktok.com/@kopikita/video/7300000000000000001', { postId: '7300000000000000001', handle: 'kopikita' }],
    ['https://www.facebook.com/Nintendo/posts/3065154550235644', { postId: '3065154550235644', handle: 'Nintendo' }],
    ['https://www.youtube.com/watch?v=7PIMiDcwNvc', { postId: '7PIMiDcwNvc' }],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000000/', { postId: '7390000000000000000' }],
    ['https://x.com/home', undefined],
  ])('%s shows post %j', (url, post) => {
    const u = new URL(url);
    expect(adapterForHost(u.hostname)!.postFromUrl(u)).toEqual(post);
  });

  it('registers every platform folder, and nothing else', () => {
    expect(PLATFORMS.map((a) => a.id).sort()).toEqual([...folders].sort());
  });
  it.each(folders)('%s has the common file set', (folder) => {
    const files = readdirSync(join(dir, folder));
    for (const f of FILE_SET) expect(files).toContain(f);
  });
  it('finds adapters by id and by host', () => {
    expect(getAdapter('x')?.id).toBe('x');
    expect(getAdapter('nope')).toBeUndefined();
    expect(adapterForHost('www.x.com')?.id).toBe('x');
    expect(adapterForHost('twitter.com')?.id).toBe('x');
    expect(adapterForHost('x.com.evil.example')).toBeUndefined();
  });
  it('forwards only the listed X operations', () => {
    const x = getAdapter('x')!;
    expect(x.matchesNetworkUrl('https://x.com/i/api/graphql/abc/UserTweets?variables=%7B%7D')).toBe(true);
    expect(x.matchesNetworkUrl('https://x.com/i/api/graphql/abc/UserByScreenName?variables=%7B%7D')).toBe(true);
    expect(x.matchesNetworkUrl('https://x.com/i/api/graphql/abc/Followers?variables=%7B%7D')).toBe(false);
    expect(x.matchesNetworkUrl('https://x.com/i/api/graphql/abc/UserTweetsEvil')).toBe(false);
    expect(x.matchesNetworkUrl('https://evil.example/i/api/graphql/abc/UserTweets')).toBe(false);
  });
});
