import type { ComposeTarget } from '../compose/targets';
import { posting as bluesky } from './bluesky/compose';
import { posting as facebook } from './facebook/compose';
import { posting as instagram } from './instagram/compose';
import { posting as linkedin } from './linkedin/compose';
import { posting as threads } from './threads/compose';
import { posting as tiktok } from './tiktok/compose';
import type { PlatformPosting } from './types';
import { posting as x } from './x/compose';
import { posting as youtube } from './youtube/compose';

/** Mastodon has no capture adapter: it is posted to by its API; its fallback is the instance's /share page. */
const mastodon: PlatformPosting = {
  mode: 'api',
  fallback: (text, instance) =>
    instance
      ? { url: `${instance}/share?text=${encodeURIComponent(text)}`, clipboard: false }
      : { url: 'https://joinmastodon.org/', clipboard: true },
};

/**
 * How a draft reaches each platform: `inPage` fills the platform's own composer in the user's tab
 * (X, Bluesky, Threads, LinkedIn, Facebook), `upload` copies the text and opens the upload page
 * (Instagram, TikTok, YouTube), `api` posts directly (Mastodon; Bluesky too once connected).
 */
export const POSTING: Record<ComposeTarget, PlatformPosting> = {
  x,
  bluesky,
  threads,
  linkedin,
  facebook,
  instagram,
  tiktok,
  youtube,
  mastodon,
};
