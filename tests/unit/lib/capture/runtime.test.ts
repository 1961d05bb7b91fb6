import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_SOURCE } from '@/lib/capture/bridge';
import type { CaptureBatch } from '@/lib/messaging/schemas';
import { CaptureRuntime } from '@/lib/capture/runtime';
import { parseJsonBody } from '@/lib/parse-kit/json';
import { xPlatform } from '@/lib/platforms/x';
import { entry, tweet, USER_TWEETS_URL, userTweets } from '../../../fixtures/x/graphql';

const brand = { handle: 'KopiKita' };
const body = (ids: string[]) => JSON.stringify(userTweets(ids.map((id) => entry(tweet({ id, author: brand })))));
const msg = (ids: string[], url = USER_TWEETS_URL) => ({ source: BRIDGE_SOURCE, url, body: body(ids) });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CaptureRuntime', () => {
  it('batches, de-duplicates, and sends once acknowledged', async () => {
    const sent: CaptureBatch[] = [];
    const rt = new CaptureRuntime(xPlatform, {
      send: async (b) => (sent.push(b), { ok: true, stored: b.posts.length }),
      onInvalidated: () => {},
    });
    rt.onBridgeMessage(msg(['1', '2']));
    rt.onBridgeMessage(msg(['2', '3'])); // 2 again, same counters: not resent
    await vi.advanceTimersByTimeAsync(500);
    // The first rows go at once (the background was idle); the rest follow in the next batch.
    expect(sent.flatMap((b) => b.posts.map((p) => p.postId))).toEqual(['1', '2', '3']);
    expect(sent.length).toBeLessThanOrEqual(2);
    expect(rt.pendingBatches).toBe(0);
  });

  it('retries an unacknowledged batch until the worker answers, with the same id and time', async () => {
    const attempts: CaptureBatch[] = [];
    let up = false;
    const rt = new CaptureRuntime(xPlatform, {
      send: async (b) => {
        attempts.push(b);
        if (!up) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true, stored: b.posts.length };
      },
      onInvalidated: () => {},
    });
    rt.onBridgeMessage(msg(['1']));
    await vi.advanceTimersByTimeAsync(500);
    await vi.advanceTimersByTimeAsync(1000);
    expect(rt.pendingBatches).toBe(1);
    up = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(rt.pendingBatches).toBe(0);
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(attempts.map((a) => `${a.batchId}/${a.capturedAt}`)).size).toBe(1);
  });

  it('ignores forged or unlisted bridge messages and counts non-JSON bodies', async () => {
    const sent: CaptureBatch[] = [];
    const rt = new CaptureRuntime(xPlatform, { send: async (b) => (sent.push(b), { ok: true, stored: 0 }), onInvalidated: () => {} });
    rt.onBridgeMessage({ source: 'someone-else', url: USER_TWEETS_URL, body: body(['1']) });
    rt.onBridgeMessage(msg(['1'], 'https://x.com/i/api/graphql/a/Followers'));
    rt.onBridgeMessage({ source: BRIDGE_SOURCE, url: USER_TWEETS_URL, body: 42 });
    rt.onBridgeMessage({ source: BRIDGE_SOURCE, url: USER_TWEETS_URL, body: '<html>' });
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.flatMap((b) => b.posts)).toEqual([]);
    expect(sent[0]!.health.payloadsNotUnderstood).toBe(1);
  });

  it('rate-limits a flood of bridge messages', async () => {
    const sent: CaptureBatch[] = [];
    const rt = new CaptureRuntime(xPlatform, { send: async (b) => (sent.push(b), { ok: true, stored: 0 }), onInvalidated: () => {} });
    for (let i = 0; i < 1000; i++) rt.onBridgeMessage(msg([String(10_000 + i)]));
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.flatMap((b) => b.posts).length).toBe(50);
  });
});

describe('CaptureRuntime.scanDom', () => {
  it('counts a broken post once, not once per rescan, and reports it for health', async () => {
    const { JSDOM } = await import('jsdom');
    const sent: CaptureBatch[] = [];
    const rt = new CaptureRuntime(xPlatform, { send: async (b) => (sent.push(b), { ok: true, stored: 0 }), onInvalidated: () => {} });
    const doc = new JSDOM('<html lang="en"><body><article data-testid="tweet"><div>no link</div></article></body></html>').window.document;
    const url = new URL('https://x.com/home');
    for (let i = 0; i < 5; i++) rt.scanDom(doc, url);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.reduce((n, b) => n + (b.health.selectorMisses ?? 0), 0)).toBe(1);
    expect(sent[0]!.health.lastProblem).toMatch(/selectorMiss/);
  });

  it('does not re-read on-screen posts the network path delivered (a rescan costs only new posts)', async () => {
    const { JSDOM } = await import('jsdom');
    const { article, page } = await import('../../../fixtures/x/dom');
    const sent: CaptureBatch[] = [];
    const parseDom = vi.spyOn(xPlatform, 'parseDom');
    const rt = new CaptureRuntime(xPlatform, { send: async (b) => (sent.push(b), { ok: true, stored: 0 }), onInvalidated: () => {} });
    rt.onBridgeMessage(msg(['1981398750557065646']));
    const html = article({ handle: 'KopiKita', id: '1981398750557065646' }) + article({ handle: 'KopiKita', id: '1981398750557065647' });
    rt.scanDom(new JSDOM(page('en', html)).window.document, new URL('https://x.com/KopiKita'));
    const known = parseDom.mock.calls[0]![2]!;
    expect([known('1981398750557065646'), known('1981398750557065647')]).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.flatMap((b) => b.posts.map((p) => p.postId))).toEqual(['1981398750557065646', '1981398750557065647']);
    parseDom.mockRestore();
  });
});

describe('parseJsonBody', () => {
  it('strips anti-hijacking prefixes', () => {
    expect(parseJsonBody('for (;;);{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonBody(")]}'\n[1]")).toEqual([1]);
  });
});

describe('batches stay under the byte cap (trust edge 4)', () => {
  it('a page of long posts goes in several batches, each under the cap, and every post is sent', async () => {
    const { LIMITS, postBytes } = await import('@/lib/messaging/limits');
    const { capturedPost } = await import('../../../helpers/db');
    const sent: CaptureBatch[] = [];
    const rt = new CaptureRuntime(xPlatform, {
      send: async (b) => (sent.push(b), { ok: true, stored: b.posts.length }),
      onInvalidated: () => {},
    });
    rt.accept({ posts: Array.from({ length: 300 }, (_, i) => capturedPost(String(i + 1), { text: '咖'.repeat(20_000) })), profiles: [] });
    rt.flush();
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent.length).toBeGreaterThan(1);
    for (const b of sent) expect(b.posts.reduce((n, p) => n + postBytes(p), 0)).toBeLessThanOrEqual(LIMITS.batchJsonBytes);
    expect(sent.flatMap((b) => b.posts).length).toBe(300);
  });
});
