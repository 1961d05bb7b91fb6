import type { PlatformId } from './types';

/** Display names (the same in every language). */
export const PLATFORM_NAMES: Record<PlatformId, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  instagram: 'Instagram',
  facebook: 'Facebook',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
  bluesky: 'Bluesky',
};
