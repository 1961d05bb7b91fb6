import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForHost, adapters, getAdapter } from '@/lib/platforms/registry';

const dir = join(import.meta.dirname, '../../../../lib/platforms');
const folders = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory());
const FILE_SET = ['index.ts', 'selectors.ts', 'parse-network.ts', 'parse-dom.ts', 'compose.ts'];

describe('platform registry', () => {
  it('registers the eight platforms', () => {
    expect(adapters.map((a) => a.id).sort()).toEqual(['bluesky', 'facebook', 'instagram', 'linkedin', 'threads', 'tiktok', 'x', 'youtube']);
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

  it('registers every platform folder, and nothing else', () => {
    expect(adapters.map((a) => a.id).sort()).toEqual([...folders].sort());
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
