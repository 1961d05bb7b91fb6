import { finalise } from '../../parse-kit/finalise';
import type { PlatformDefinition } from '../definition';
import { posting } from './compose';
import { parseTiktokDom } from './parse-dom';
import { parseTiktokNetwork } from './parse-network';
import { dom, MATCHES, TIKTOK_HOSTS, TIKTOK_NETWORK_URL_RE } from './selectors';

/** TikTok: one definition, the only place Pantau's knowledge of it lives (see README, "Where to change what"). */
export const tiktokPlatform: PlatformDefinition<'tiktok'> = {
  id: 'tiktok',
  name: 'TikTok',
  utmSource: 'tiktok',
  hosts: TIKTOK_HOSTS,
  matches: MATCHES,
  engagement: ['likes', 'replies', 'shares', 'bookmarks'],
  counters: ['likes', 'replies', 'reposts', 'shares', 'bookmarks', 'views'],
  counting: { unit: 'graphemes', limit: 2200 },
  posting: posting,
  matchesNetworkUrl: (url) => TIKTOK_NETWORK_URL_RE.test(url),
  parseNetwork: (input) => finalise(parseTiktokNetwork(input)),
  parseDom: (root, url) => finalise(parseTiktokDom(root, url)),
  postSelector: dom.post,
  profileFromUrl: (url) => /^\/@([\w.]{1,60})\/?$/.exec(url.pathname)?.[1],
  postFromUrl: (url) => {
    const m = /^\/@([\w.]{1,60})\/(?:video|photo)\/(\d{5,25})/.exec(url.pathname);
    return m ? { postId: m[2]!, handle: m[1]! } : undefined;
  },
};
