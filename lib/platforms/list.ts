import type { PlatformDefinition, TargetDefinition } from './definition';
import { blueskyPlatform } from './bluesky';
import { facebookPlatform } from './facebook';
import { instagramPlatform } from './instagram';
import { linkedinPlatform } from './linkedin';
import { mastodonTarget } from './mastodon';
import { threadsPlatform } from './threads';
import { tiktokPlatform } from './tiktok';
import { xPlatform } from './x';
import { youtubePlatform } from './youtube';

/**
 * The one list of platforms Pantau captures, in the order the UI lists them. Adding a platform is a
 * folder under lib/platforms and one line here; everything else (ids, host permissions, names,
 * counting, engagement, UTM, posting) is derived from it in registry.ts. Its own module so a test
 * can add a throwaway platform (tests/unit/lib/platforms/throwaway.test.ts).
 */
export const PLATFORMS = [
  xPlatform,
  linkedinPlatform,
  instagramPlatform,
  facebookPlatform,
  youtubePlatform,
  tiktokPlatform,
  threadsPlatform,
  blueskyPlatform,
] as const satisfies readonly PlatformDefinition<string>[];

/** Places a draft can go that are not captured (posted to by API only). */
export const POSTING_ONLY = [mastodonTarget] as const satisfies readonly TargetDefinition<string>[];
