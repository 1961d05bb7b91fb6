import { sendMessage } from '../messaging/protocol';
import { getSettings } from '../settings';
import { startCapture, type ContentHost } from './content';
import type { PlatformAdapter, PlatformId } from './types';

/** The host a platform's content script runs with: messages to the background, and its switch. */
export function contentHost(platform: PlatformId, ctx: { onInvalidated(cb: () => void): void }): ContentHost {
  return {
    send: (batch) => sendMessage('capturePosts', batch),
    getBadges: (postIds) => sendMessage('getBadges', { platform, postIds }),
    onInvalidated: (cb) => ctx.onInvalidated(cb),
    isEnabled: async () => (await getSettings()).capture[platform],
  };
}

/** Passive capture for a platform's content script. */
export function startPlatform(adapter: PlatformAdapter, ctx: { onInvalidated(cb: () => void): void }): void {
  void startCapture(adapter, contentHost(adapter.id, ctx));
}
