import { sendMessage } from '../messaging/protocol';
import { getSettings } from '../settings';
import type { ContentHost } from './content';
import type { PlatformId } from './types';

/** The host a platform's content script runs with: messages to the background, and its switch. */
export function contentHost(platform: PlatformId, ctx: { onInvalidated(cb: () => void): void }): ContentHost {
  return {
    send: (batch) => sendMessage('capturePosts', batch),
    getBadges: (postIds) => sendMessage('getBadges', { platform, postIds }),
    onInvalidated: (cb) => ctx.onInvalidated(cb),
    isEnabled: async () => (await getSettings()).capture[platform],
  };
}
