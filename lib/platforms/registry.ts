import type { PlatformAdapter, PlatformId } from './types';
import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

/** The one list of adapters. A test fails if a folder under lib/platforms is missing here. */
export const adapters: readonly PlatformAdapter[] = [
  xAdapter,
  blueskyAdapter,
  threadsAdapter,
  instagramAdapter,
  tiktokAdapter,
  facebookAdapter,
  youtubeAdapter,
  linkedinAdapter,
];

export function getAdapter(id: PlatformId | string): PlatformAdapter | undefined {
  return adapters.find((a) => a.id === id);
}

/** The adapter whose hosts include this hostname (www. ignored), if any. */
export function adapterForHost(hostname: string): PlatformAdapter | undefined {
  const host = hostname.replace(/^www\./, '');
  return adapters.find((a) => a.hosts.includes(host));
}
