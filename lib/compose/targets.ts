import { PLATFORM_IDS, type PlatformId } from '../platforms/types';

/** Where a draft can go: the eight captured platforms, plus Mastodon (posting only, by API). */
export const COMPOSE_TARGETS = [...PLATFORM_IDS, 'mastodon'] as const;
export type ComposeTarget = PlatformId | 'mastodon';

/** Targets whose posts chain into threads (replies to oneself). */
export const THREAD_TARGETS: readonly ComposeTarget[] = ['x', 'bluesky', 'threads', 'mastodon'];

/** The value of utm_source for each target. */
export const UTM_SOURCE: Record<ComposeTarget, string> = {
  x: 'x',
  bluesky: 'bluesky',
  threads: 'threads',
  instagram: 'instagram',
  tiktok: 'tiktok',
  facebook: 'facebook',
  youtube: 'youtube',
  linkedin: 'linkedin',
  mastodon: 'mastodon',
};

/** Approximate "see more" folds: the characters a feed shows before truncating. */
export const FOLDS: Partial<Record<ComposeTarget, number>> = { instagram: 125, linkedin: 210, facebook: 477, threads: 175 };

export const isComposeTarget = (v: string): v is ComposeTarget => (COMPOSE_TARGETS as readonly string[]).includes(v);
