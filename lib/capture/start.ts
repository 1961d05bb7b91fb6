import type { PlatformDefinition } from '../platforms/definition';
import { runPlatform, type CaptureHost } from './runtime';

/**
 * The capture engine's one start function: passive capture for one platform begins at once (so the
 * page's first responses are not missed), and stops, discarding what was read, if the user had
 * switched the platform off.
 */
export async function startCapture(platform: PlatformDefinition, host: CaptureHost): Promise<void> {
  const { dispose } = runPlatform(platform, host);
  let enabled = true;
  try {
    enabled = (await host.isEnabled?.()) ?? true;
  } catch {
    // Settings unreadable: keep capturing; the background still refuses switched-off platforms.
  }
  if (!enabled) dispose(true);
}
