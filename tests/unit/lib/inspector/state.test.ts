import { describe, expect, it } from 'vitest';
import { applyVisit, problemReport } from '@/lib/inspector/state';
import type { VisitReport } from '@/lib/messaging/schemas';
import { getAdapter } from '@/lib/platforms/registry';
import { sanitisedShape } from '@/lib/parse-kit/skips';

const T0 = Date.UTC(2026, 11, 2, 9);
const visit = (over: Partial<VisitReport> = {}): VisitReport => ({
  id: 'v1',
  pageUrl: 'https://www.youtube.com/@kopi/videos',
  responses: [{ endpoint: '/youtubei/v1/browse', at: T0, seen: 30, kept: 28, skipped: { noAuthor: 2 } }],
  profiles: ['kopi'],
  warnings: [],
  samples: [],
  ...over,
});

describe('inspector state', () => {
  it('adds up a visit, newest first, and starts afresh on a new page load', () => {
    let s = applyVisit(undefined, 'youtube', visit(), ['a1', 'a2'], T0);
    s = applyVisit(
      s,
      'youtube',
      visit({ responses: [{ endpoint: '/youtubei/v1/browse', at: T0 + 1, seen: 30, kept: 30, skipped: {} }] }),
      ['a2', 'a3'],
      T0 + 1,
    );
    expect(s.totals).toEqual({ seen: 60, kept: 58, skipped: { noAuthor: 2 } });
    expect(s.posts.map(([id]) => id)).toEqual(['a3', 'a2', 'a1']);
    expect(s.responses.map((r) => r.at)).toEqual([T0 + 1, T0]);
    const next = applyVisit(s, 'youtube', visit({ id: 'v2' }), [], T0 + 2);
    expect(next.totals.seen).toBe(30);
    expect(next.posts).toEqual([]);
  });

  it('the problem report has no text, ids, handles or addresses', () => {
    const item = {
      videoId: 'abcdefghijk',
      title: { runs: [{ text: 'Kopi susu gula aren' }] },
      ownerText: { runs: [{ text: '@kopi' }] },
      viewCountText: { simpleText: '1,234 views' },
    };
    const state = applyVisit(
      undefined,
      'youtube',
      visit({
        samples: [{ endpoint: '/youtubei/v1/browse', reason: 'noAuthor', shape: sanitisedShape(item) }],
        warnings: ['no InnerTube response (keys: kopi)'],
      }),
      ['abcdefghijk'],
      T0,
    );
    const text = JSON.stringify(problemReport(state, '0.1.0', T0));
    for (const secret of ['abcdefghijk', 'Kopi', 'kopi', '1,234', 'youtube.com', 'https://', 'views']) expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({
      platform: 'youtube',
      extensionVersion: '0.1.0',
      endpoints: [{ endpoint: '/youtubei/v1/browse', seen: 30, kept: 28 }],
    });
    // A real page load: the handle stays out of the endpoint name too.
    expect(getAdapter('youtube')!.profileFromUrl(new URL(state.pageUrl))).toBe('kopi');
  });
});
