import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_SOURCE } from '@/lib/capture/bridge';
import type { CaptureBatch } from '@/lib/messaging/schemas';
import { startCapture } from '@/lib/capture/start';
import { xPlatform } from '@/lib/platforms/x';
import { entry, tweet, USER_TWEETS_URL, userTweets } from '../../../fixtures/x/graphql';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function run(enabled: boolean) {
  const dom = new JSDOM('<html><body></body></html>', { url: 'https://x.com/home' });
  vi.stubGlobal('window', dom.window);
  vi.stubGlobal('MutationObserver', dom.window.MutationObserver);
  const sent: CaptureBatch[] = [];
  await startCapture(xPlatform, {
    send: async (b) => (sent.push(b), { ok: true, stored: 0 }),
    onInvalidated: () => {},
    isEnabled: async () => enabled,
  });
  const body = JSON.stringify(userTweets([entry(tweet({ id: '1', author: { handle: 'KopiKita' } }))]));
  dom.window.dispatchEvent(
    new dom.window.MessageEvent('message', { data: { source: BRIDGE_SOURCE, url: USER_TWEETS_URL, body }, source: dom.window as never }),
  );
  await vi.advanceTimersByTimeAsync(1000);
  return sent.flatMap((b) => b.posts.map((p) => p.postId));
}

describe('startCapture', () => {
  it('captures when the platform is switched on', async () => expect(await run(true)).toEqual(['1']));
  it('captures nothing when it is switched off', async () => expect(await run(false)).toEqual([]));
});
