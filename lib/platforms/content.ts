import type { BadgeData, Result } from '../messaging/protocol';
import type { CaptureBatch } from '../messaging/schemas';
import { runPlatform } from './runtime';
import type { PlatformAdapter } from './types';

/** What a content-script entrypoint hands over: how to send, and its lifecycle. */
export interface ContentHost {
  send(batch: CaptureBatch): Promise<Result<{ stored: number }>>;
  getBadges?(postIds: string[]): Promise<BadgeData[]>;
  onInvalidated(cb: () => void): void;
  /** Whether capture is switched on for this platform (settings); checked before starting. */
  isEnabled(): Promise<boolean>;
}

/**
 * Start passive capture for one platform at once (so the page's first responses are not missed),
 * and stop it, discarding what was read, if the user switched the platform off.
 */
export async function startCapture(adapter: PlatformAdapter, host: ContentHost): Promise<void> {
  const { dispose } = runPlatform(adapter, host);
  let enabled = true;
  try {
    enabled = await host.isEnabled();
  } catch {
    // Settings unreadable: keep capturing; the background still refuses switched-off platforms.
  }
  if (!enabled) dispose(true);
}
