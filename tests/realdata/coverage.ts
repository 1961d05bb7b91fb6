/**
 * Coverage on every real capture: each post-like item is kept or skipped with a reason (seen = kept +
 * skipped), and a channel's next page of videos, which names no channel, takes it from the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAdapter } from '@/lib/platforms/registry';
import type { CaptureResult, PlatformId } from '@/lib/platforms/types';
import { REALDATA } from './paths';

const URL_OF: Record<string, (name: string) => string> = {
  x: (name) => `https://x.com/i/api/graphql/realdata/${name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}?variables=%7B%7D`,
  bluesky: () => 'https://public.api.bsky.app/xrpc/app.bsky.feed.getTimeline',
  threads: () => 'https://www.threads.net/api/graphql',
  youtube: (name) =>
    `https://www.youtube.com/youtubei/v1/${name.startsWith('watch-player') ? 'player' : name.startsWith('watch') ? 'next' : name.startsWith('search') ? 'search' : 'browse'}`,
};

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.json') && e.name !== 'operations.json' ? [join(dir, e.name)] : [],
  );
}

/**
 * Skips the real payloads do call for, each with why. A watch page's Shorts shelf names no channel
 * for its items (shortsLockupViewModel carries only the video and its views), and the page is a
 * video, not a channel: there is no author to give them.
 */
const EXPECTED_SKIPS: Record<string, Record<string, number>> = {
  'youtube/watch-next.json': { noAuthor: 2 },
};

const skippedTotal = (r: CaptureResult) => Object.values(r.stats?.skipped ?? {}).reduce((a, b) => a + (b ?? 0), 0);

describe.skipIf(!existsSync(REALDATA))('real data: every item kept or skipped with a reason', () => {
  const cases = (Object.keys(URL_OF) as PlatformId[]).flatMap((p) => files(join(REALDATA, p)).map((f) => [p, f] as const));
  it.each(cases.map(([p, f]) => [`${p}/${f.slice(REALDATA.length + p.length + 2)}`, p, f]))('%s', (label, platform, file) => {
    const name = file.split('/').pop()!.replace('.json', '');
    const r = getAdapter(platform as PlatformId)!.parseNetwork({
      url: URL_OF[platform]!(name),
      body: JSON.parse(readFileSync(file, 'utf8')),
    });
    expect(r.stats).toBeDefined();
    expect(r.stats!.kept).toBe(r.posts.length);
    expect(r.stats!.seen).toBe(r.stats!.kept + skippedTotal(r));
    // Nothing else real is skipped: a skip here is a parser gap, with its reason in the message.
    expect(r.stats!.skipped, JSON.stringify(r.stats!.samples ?? [])).toEqual(EXPECTED_SKIPS[label] ?? {});
    if (EXPECTED_SKIPS[label])
      expect(r.stats!.samples?.every((s) => s.shape.includes('"onTap"') && !s.shape.includes('browseEndpoint'))).toBe(true);
  });
});

describe.skipIf(!existsSync(join(REALDATA, 'youtube')))('YouTube: a channel’s next page of videos (a continuation)', () => {
  // The real Videos tab of @creativecommons, as its next page arrives: the same lockups in an
  // appendContinuationItemsAction, without the header, metadata and microformat that name the channel.
  const page1 = JSON.parse(readFileSync(join(REALDATA, 'youtube', 'browse-channel-videos-lockup.json'), 'utf8')) as Record<string, unknown>;
  const items: unknown[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      if ('richItemRenderer' in v) items.push(v);
      else Object.values(v).forEach(collect);
    }
  };
  collect(page1.contents);
  const continuation = {
    responseContext: page1.responseContext,
    onResponseReceivedActions: [{ appendContinuationItemsAction: { continuationItems: items, targetId: 'browse-feed' } }],
  };
  const yt = getAdapter('youtube')!;
  const url = 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false';

  it('has the lockups of the real page', () => expect(items.length).toBeGreaterThan(5));

  it('without the page: every item is a skip with the reason "no author", never nothing', () => {
    const r = yt.parseNetwork({ url, body: continuation });
    expect(r.posts).toEqual([]);
    expect(r.stats).toMatchObject({ seen: items.length, kept: 0, skipped: { noAuthor: items.length } });
  });

  it('with the page (the tab shows /@creativecommons/videos): every item kept, under the channel', () => {
    const r = yt.parseNetwork({
      url,
      body: continuation,
      page: { url: 'https://www.youtube.com/@creativecommons/videos', handle: 'creativecommons' },
    });
    expect(r.stats).toEqual({ seen: items.length, kept: items.length, skipped: {} });
    expect(new Set(r.posts.map((p) => p.authorHandle))).toEqual(new Set(['creativecommons']));
    // "13 days ago" became an approximate date, flagged with its precision.
    expect(r.posts.every((p) => p.createdAt && p.createdAtPrecision)).toBe(true);
  });
});
