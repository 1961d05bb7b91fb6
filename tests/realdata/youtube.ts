/** YouTube: every ground-truth row of ../shared/realdata/README.md (InnerTube JSON, hl=en-GB). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturedPostSchema, capturedProfileSchema } from '@/lib/messaging/schemas';
import { getAdapter } from '@/lib/platforms/registry';
import type { CaptureResult } from '@/lib/platforms/types';
import { REALDATA } from './paths';

const yt = getAdapter('youtube')!;
const ENDPOINT: Record<string, string> = {
  'browse-channel-videos-lockup': 'browse',
  'browse-channel-videos-renderer': 'browse',
  'browse-channel-shorts': 'browse',
  search: 'search',
  'watch-next': 'next',
  'watch-player': 'player',
};
const cache = new Map<string, CaptureResult>();
const parse = (name: string) => {
  if (!cache.has(name)) {
    const body = JSON.parse(readFileSync(join(REALDATA, 'youtube', `${name}.json`), 'utf8'));
    cache.set(name, yt.parseNetwork({ url: `https://www.youtube.com/youtubei/v1/${ENDPOINT[name]}?prettyPrint=false`, body }));
  }
  return cache.get(name)!;
};
const video = (file: string, id: string) => parse(file).posts.find((p) => p.postId === id);

describe.skipIf(!existsSync(join(REALDATA, 'youtube')))('YouTube real data: ground truth', () => {
  it.each([
    ['browse-channel-videos-renderer', 'D0WQK7cMJn8', 1545374, 'kurzgesagt'],
    ['browse-channel-videos-renderer', 'pHJIhxZEoxg', 2989906, 'kurzgesagt'],
    ['browse-channel-videos-renderer', 'UnrtLi7YIY4', 229728, 'kurzgesagt'],
    ['search', 'wRyD81oBUSM', 1260112, undefined],
    ['search', '6GDBMbMU0ew', 1887, undefined],
    ['search', 'Z8KYabgkMbw', 390201, undefined],
  ])('%s · %s: exact views %i from videoRenderer', (file, id, views, handle) => {
    const v = video(file, id);
    expect(v?.metrics.views).toBe(views);
    expect(v?.approximate ?? []).not.toContain('views');
    expect(v?.url).toBe(`https://www.youtube.com/watch?v=${id}`);
    if (handle) expect(v?.authorHandle).toBe(handle);
    else expect(v?.authorHandle).toMatch(/^[\w.-]+$/);
  });

  it('lockupViewModel: BD-LB23rRBE "28 views" on @creativecommons', () => {
    expect(video('browse-channel-videos-lockup', 'BD-LB23rRBE')).toMatchObject({ authorHandle: 'creativecommons', metrics: { views: 28 } });
  });

  it('shortsLockupViewModel: l-X5WbDSH2o "895k views" is a lower bound', () => {
    const v = video('browse-channel-shorts', 'l-X5WbDSH2o');
    expect(v).toMatchObject({ authorHandle: 'Doobydobap', metrics: { views: 895000 }, approximate: ['views'] });
  });

  it.each([
    ['browse-channel-videos-lockup', 'creativecommons', 8840],
    ['browse-channel-videos-renderer', 'kurzgesagt', 25000000],
    ['browse-channel-shorts', 'Doobydobap', 4320000],
    ['watch-next', 'PewDiePie', 110000000],
  ])('%s: @%s header subscribers %i, marked approximate', (file, handle, followers) => {
    const p = parse(file).profiles.find((x) => x.handle === handle);
    expect(p).toMatchObject({ platform: 'youtube', followers });
    expect(p!.approximate).toContain('followers');
  });

  it('watch page (next): exact views 41,613,595 and likes 5,471,574 from the like button', () => {
    expect(video('watch-next', '7PIMiDcwNvc')).toMatchObject({
      authorHandle: 'PewDiePie',
      metrics: { views: 41613595, likes: 5471574 },
      createdAt: '2019-08-24T00:00:00.000Z',
    });
  });

  it('player: videoDetails.viewCount 41613592 (captured 5 s apart: both are true snapshots)', () => {
    expect(video('watch-player', '7PIMiDcwNvc')?.metrics.views).toBe(41613592);
  });

  it.each(Object.keys(ENDPOINT))('%s: parses without warnings, every row valid for the background', (file) => {
    const r = parse(file);
    expect(r.warnings ?? []).toEqual([]);
    expect(r.posts.length).toBeGreaterThan(0);
    for (const p of r.posts)
      expect(capturedPostSchema.safeParse(p).success, `${file} ${p.postId} ${JSON.stringify(p).slice(0, 200)}`).toBe(true);
    for (const p of r.profiles) expect(capturedProfileSchema.safeParse(p).success, `${file} @${p.handle}`).toBe(true);
  });
});
