import { storage } from '@wxt-dev/storage';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../messaging/protocol';
import type { PlatformDefinition } from '../platforms/definition';
import type { ComposerSelectors } from '../platforms/types';
import { SETTINGS_KEY } from '../settings-key';
import type { CaptureHost } from './runtime';
import { startCapture } from './start';

/**
 * Whether the user left capture on for a platform. Read raw (a missing switch is on) rather than
 * through lib/settings, which would bundle every platform's definition into this content script.
 */
async function switchedOn(id: string): Promise<boolean> {
  const stored = await storage.getItem<{ capture?: Record<string, unknown> }>(SETTINGS_KEY);
  return stored?.capture?.[id] !== false;
}

/** The host a platform's content script runs with: messages to the background, and its switch. */
export function contentHost(platform: PlatformDefinition, ctx: { onInvalidated(cb: () => void): void }): CaptureHost {
  return {
    send: (batch) => sendMessage('capturePosts', batch),
    getBadges: (postIds) => sendMessage('getBadges', { platform: platform.id, postIds }),
    onInvalidated: (cb) => ctx.onInvalidated(cb),
    isEnabled: () => switchedOn(platform.id),
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
