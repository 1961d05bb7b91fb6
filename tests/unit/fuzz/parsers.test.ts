/**
 * Property tests: whatever a hostile page sends, parsers never throw, every row they produce passes
 * the background's zod schemas (else a whole batch would be refused), and counters are integers ≥ 0
 * or undefined. 10,000 random cases per platform for each path, plus mutated real payloads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { capturedPostSchema, capturedProfileSchema } from '@/lib/messaging/schemas';
import { parseCount } from '@/lib/parse-kit/counts';
import { PLATFORMS } from '@/lib/platforms/registry';
import type { CaptureResult } from '@/lib/platforms/types';
import type { PlatformAdapter } from '@/lib/platforms/registry';
import { METRIC_KEYS } from '@/lib/platforms/types';
import { homeFeed, media } from '../../fixtures/meta/media';
import { item } from '../../fixtures/tiktok/items';
import { normalisedFeed } from '../../fixtures/linkedin/voyager';
import { entry, tweet, userTweets } from '../../fixtures/x/graphql';

const RUNS = 10_000;
// A fixed number of cases, not a time budget: on a loaded 2-core machine 10,000 DOM fragments can
// take longer than vitest's 5 s default, which is a slow machine, not a failure.
vi.setConfig({ testTimeout: 120_000 });
const REALDATA = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'realdata');
const real = (p: string) => (existsSync(join(REALDATA, p)) ? [JSON.parse(readFileSync(join(REALDATA, p), 'utf8')) as unknown] : []);

/** A URL each adapter forwards, so parsing goes past the URL check. */
const URLS: Record<string, string> = {
  x: 'https://x.com/i/api/graphql/q/UserTweets?variables=%7B%7D',
  bluesky: 'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=a',
  threads: 'https://www.threads.com/graphql/query',
  instagram: 'https://www.instagram.com/graphql/query',
  tiktok: 'https://www.tiktok.com/api/post/item_list/?a=1',
  facebook: 'https://www.facebook.com/api/graphql/',
  youtube: 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false',
  linkedin: 'https://www.linkedin.com/voyager/api/graphql?queryId=voyagerFeedDashMainFeed.1',
};

/** Small, valid payloads to mutate: real ones where small enough, hand-written otherwise. */
const SEEDS: Record<string, unknown[]> = {
  x: [
    userTweets([entry(tweet({ id: '1900000000000000001', author: { handle: 'KopiKita' }, hashtags: ['kopi'] }))]),
    ...real('x/graphql-2026/user-by-screen-name.json'),
  ],
  bluesky: [...real('bluesky/get-posts.json'), ...real('bluesky/get-profiles.json'), ...real('bluesky/get-post-thread.json')],
  threads: [...real('threads/L390.json'), ...real('threads/L446.json')],
  instagram: [homeFeed([{ media: media({ code: 'DAbc123xyz', username: 'kopikita', caption: 'Kopi #kopi', likes: 5, comments: 1 }) }])],
  tiktok: [{ itemList: [item('7300000000000000001', 'kopikita')] }],
  facebook: [
    {
      data: {
        node: {
          __typename: 'Story',
          post_id: '1234567890123',
          creation_time: 1763800000,
          actors: [{ id: '1000001', url: 'https://www.facebook.com/KopiKita' }],
          message: { text: 'hi #kopi' },
          feedback_wrapper: {
            comet_ufi_summary_and_actions_renderer: { feedback: { reaction_count: { count: 5 }, share_count: { count: 1 } } },
          },
        },
      },
    },
  ],
  youtube: [
    {
      responseContext: {},
      contents: [
        {
          videoRenderer: {
            videoId: 'abcdefghijk',
            title: { runs: [{ text: 'T' }] },
            viewCountText: { simpleText: '1,234 views' },
            ownerText: { runs: [{ navigationEndpoint: { browseEndpoint: { canonicalBaseUrl: '/@kopi' } } }] },
          },
        },
      ],
    },
  ],
  linkedin: [normalisedFeed()],
};

/** Mutations: drop keys, change types, huge strings, deep nesting — applied at random places. */
const mutationArb = fc.array(
  fc.record({
    pick: fc.nat(),
    op: fc.constantFrom('drop', 'type', 'huge', 'deep', 'replace'),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  { minLength: 1, maxLength: 6 },
);

function mutate(seed: unknown, mutations: Array<{ pick: number; op: string; value: unknown }>): unknown {
  const copy = structuredClone(seed);
  const objects: Array<Record<string, unknown>> = [];
  const collect = (v: unknown) => {
    if (v && typeof v === 'object') {
      objects.push(v as Record<string, unknown>);
      for (const c of Object.values(v)) collect(c);
    }
  };
  collect(copy);
  for (const m of mutations) {
    const target = objects[m.pick % Math.max(objects.length, 1)];
    if (!target) continue;
    const keys = Object.keys(target);
    const key = keys[m.pick % Math.max(keys.length, 1)];
    if (key === undefined) continue;
    if (m.op === 'drop') delete target[key];
    else if (m.op === 'type')
      target[key] = typeof target[key] === 'number' ? String(target[key]) : typeof target[key] === 'string' ? -1.5 : [target[key]];
    else if (m.op === 'huge') target[key] = 'x'.repeat(200_000);
    else if (m.op === 'deep') {
      let deep: unknown = m.value;
      for (let i = 0; i < 200; i++) deep = { a: deep };
      target[key] = deep;
    } else target[key] = m.value;
  }
  return copy;
}

function check(r: CaptureResult) {
  for (const p of r.posts) {
    const parsed = capturedPostSchema.safeParse(p);
    if (!parsed.success)
      throw new Error(
        `post fails the background schema: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message} in ${JSON.stringify(p).slice(0, 300)}`,
      );
    for (const k of METRIC_KEYS) {
      const v = p.metrics[k];
      if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0)) throw new Error(`counter ${k} = ${v}`);
    }
  }
  for (const p of r.profiles) {
    const parsed = capturedProfileSchema.safeParse(p);
    if (!parsed.success)
      throw new Error(`profile fails the background schema: ${parsed.error.issues[0]?.message} in ${JSON.stringify(p).slice(0, 200)}`);
  }
  // No silent drops: every post-like item seen is kept or skipped with a reason.
  if (!r.stats) throw new Error('no stats');
  const skipped = Object.values(r.stats.skipped).reduce((a, b) => a + (b ?? 0), 0);
  if (r.stats.kept !== r.posts.length || r.stats.seen !== r.stats.kept + skipped)
    throw new Error(`stats do not add up: ${JSON.stringify(r.stats)} for ${r.posts.length} posts`);
  // A sample is a shape: never a string value of the input.
  for (const s of r.stats.samples ?? [])
    if (/"[^"]*":"(?!string|null|boolean|number:\d+|object|array)/.test(s.shape))
      throw new Error(`sample leaks a value: ${s.shape.slice(0, 200)}`);
}

const dom = new JSDOM('<!doctype html><html lang="en"><body><main></main></body></html>', { url: 'https://example.com/' });
const main = dom.window.document.querySelector('main')!;

/** Fragments built from the tags, test ids and attributes the DOM parsers look for. */
const htmlArb = fc
  .array(
    fc.record({
      tag: fc.constantFrom('article', 'div', 'a', 'span', 'time', 'button', 'script', 'meta'),
      attr: fc.constantFrom(
        'data-testid',
        'aria-label',
        'href',
        'datetime',
        'data-urn',
        'data-ft',
        'data-e2e',
        'lang',
        'data-view-name',
        'role',
        'type',
        'data-sjs',
        'id',
      ),
      value: fc.oneof(
        fc.constantFrom(
          'tweet',
          'like',
          'reply',
          'retweet',
          'app-text-transition-container',
          'feedItem-by-a.b',
          '/a/status/123',
          '/profile/a.b/post/3lpk2lf7k6k2t',
          'urn:li:activity:7390000000000000000',
          'group',
          'feed-full-update',
          '__UNIVERSAL_DATA_FOR_REHYDRATION__',
          'application/json',
          'followers-count',
          '{"top_level_post_id":"123456"}',
          '1.2K',
          '3,4 rb',
        ),
        fc.string({ maxLength: 40 }),
      ),
      text: fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom('12', '1,2 rb', '2.5M', '48 replies, 152 reposts', '{"itemList":[]}', 'var ytInitialData = {};'),
      ),
    }),
    { maxLength: 12 },
  )
  .map((els) =>
    els.map((e) => `<${e.tag} ${e.attr}="${e.value.replace(/"/g, '&quot;')}">${e.text.replace(/</g, '&lt;')}</${e.tag}>`).join(''),
  );

describe.each(PLATFORMS.map((a) => [a.id, a] as [string, PlatformAdapter]))('%s parsers under fuzzing', (id, adapter) => {
  it(`parseNetwork: ${RUNS} random JSON values`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (body) => {
        check(adapter.parseNetwork({ url: URLS[id]!, body }));
      }),
      { numRuns: RUNS },
    );
  });

  it('parseNetwork: mutated real payloads and fixtures', () => {
    const seeds = SEEDS[id]!;
    expect(seeds.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), mutationArb, (i, mutations) => {
        check(adapter.parseNetwork({ url: URLS[id]!, body: mutate(seeds[i], mutations) }));
      }),
      { numRuns: 1_000 },
    );
  });

  it(`parseDom: ${RUNS} random fragments`, () => {
    fc.assert(
      fc.property(htmlArb, (html) => {
        main.replaceChildren(dom.window.document.createRange().createContextualFragment(html));
        check(adapter.parseDom(dom.window.document, new URL(`https://${adapter.hosts[0]}/someone`)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('count parser under fuzzing', () => {
  it(`${RUNS} random strings: never throws, values are safe integers ≥ 0`, () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 70 }),
        fc.constantFrom('en', 'id', 'de', 'fr', 'es', 'ja', 'hi', 'ru', 'x-bogus', ''),
        (text, lang) => {
          const r = parseCount(text, lang);
          if (r) expect(Number.isSafeInteger(r.value) && r.value >= 0).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
