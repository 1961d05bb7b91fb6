import { onMessage, sendMessage } from '../messaging/protocol';
import { getSettings } from '../settings';
import { handleFillComposer } from './compose-host';
import { startCapture, type ContentHost } from './content';
import type { ComposerSelectors, PlatformAdapter, PlatformId } from './types';

/** The host a platform's content script runs with: messages to the background, and its switch. */
export function contentHost(platform: PlatformId, ctx: { onInvalidated(cb: () => void): void }): ContentHost {
  return {
    send: (batch) => sendMessage('capturePosts', batch),
    getBadges: (postIds) => sendMessage('getBadges', { platform, postIds }),
    onInvalidated: (cb) => ctx.onInvalidated(cb),
    isEnabled: async () => (await getSettings()).capture[platform],
  };
}

/**
 * Everything a platform's content script does: passive capture, and (for platforms Pantau posts
 * to in the page) filling the native composer when the background asks.
 */
export function startPlatform(adapter: PlatformAdapter, ctx: { onInvalidated(cb: () => void): void }, composer?: ComposerSelectors): void {
  void startCapture(adapter, contentHost(adapter.id, ctx));
  if (composer) onMessage('fillComposer', ({ data }) => handleFillComposer(document, composer, data));
}
