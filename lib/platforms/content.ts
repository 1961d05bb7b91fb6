import type { Result } from '../messaging/protocol';
import type { CaptureBatch } from '../messaging/schemas';
import { runPlatform } from './runtime';
import type { PlatformAdapter } from './types';

/** What a content-script entrypoint hands over: how to send, and its lifecycle. */
export interface ContentHost {
  send(batch: CaptureBatch): Promise<Result<{ stored: number }>>;
  onInvalidated(cb: () => void): void;
  /** Whether capture is switched on for this platform (settings); checked before starting. */
  isEnabled(): Promise<boolean>;
}

/** Start passive capture for one platform, unless the user switched it off. */
export async function startCapture(adapter: PlatformAdapter, host: ContentHost): Promise<void> {
  let enabled = true;
  try {
    enabled = await host.isEnabled();
  } catch {
    // Settings unreadable: capture as by default; the background still decides what is stored.
  }
  if (enabled) runPlatform(adapter, host);
}
