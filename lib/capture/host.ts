import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../messaging/protocol';
import type { PlatformDefinition } from '../platforms/definition';
import type { ComposerSelectors } from '../platforms/types';
import type { CaptureHost } from './runtime';
import { startCapture } from './start';

/** The host a platform's content script runs with: messages to the background, and its switch. */
export function contentHost(platform: PlatformDefinition, ctx: { onInvalidated(cb: () => void): void }): CaptureHost {
  return {
    send: (batch) => sendMessage('capturePosts', batch),
    getBadges: (postIds) => sendMessage('getBadges', { platform: platform.id, postIds }),
    onInvalidated: (cb) => ctx.onInvalidated(cb),
    // Asked of the background: storage.local is closed to content scripts (TRUSTED_CONTEXTS).
    isEnabled: async () => (await sendMessage('captureEnabled', {})).on,
  };
}

/**
 * A platform's whole content script: capture from document_start on its pages and, for platforms
 * whose own composer Pantau fills, the composer handler (passed in, so the others do not bundle it).
 */
export function platformContentScript(platform: PlatformDefinition, serveComposer?: (composer: ComposerSelectors) => void) {
  return defineContentScript({
    matches: [...platform.matches],
    runAt: 'document_start',
    main(ctx) {
      void startCapture(platform, contentHost(platform, ctx));
      if (serveComposer && platform.posting.composer) serveComposer(platform.posting.composer);
    },
  });
}
