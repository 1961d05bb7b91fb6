import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForHost, adapters, getAdapter } from '@/lib/platforms/registry';

const dir = join(import.meta.dirname, '../../../../lib/platforms');
const folders = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory());
const FILE_SET = ['index.ts', 'selectors.ts', 'parse-network.ts', 'parse-dom.ts', 'compose.ts'];

describe('platform registry', () => {
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
