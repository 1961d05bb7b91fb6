import type { ComposeTarget } from '../compose/targets';

/** Display names (the same in every language). */
export const PLATFORM_NAMES: Record<ComposeTarget, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  instagram: 'Instagram',
  facebook: 'Facebook',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};
