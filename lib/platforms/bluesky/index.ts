import { finalise } from '../../parse-kit/finalise';
import type { PlatformDefinition } from '../definition';
import { posting } from './compose';
import { parseBlueskyDom } from './parse-dom';
import { parseBlueskyNetwork } from './parse-network';
import { BLUESKY_HOSTS, BLUESKY_NETWORK_URL_RE, dom, MATCHES } from './selectors';

/** Bluesky: one definition, the only place Pantau's knowledge of it lives (see README, "Where to change what"). */
export const blueskyPlatform: PlatformDefinition<'bluesky'> = {
  id: 'bluesky',
  name: 'Bluesky',
  utmSource: 'bluesky',
  hosts: BLUESKY_HOSTS,
  matches: MATCHES,
  engagement: ['likes', 'replies', 'reposts', 'quotes'],
  counters: ['likes', 'replies', 'reposts', 'quotes', 'bookmarks'],
  counting: { unit: 'graphemes', limit: 300 },
  posting,
  matchesNetworkUrl: (url) => BLUESKY_NETWORK_URL_RE.test(url),
  parseNetwork: (input) => finalise(parseBlueskyNetwork(input)),
  parseDom: (root, url, known) => finalise(parseBlueskyDom(root, url, known)),
  postSelector: dom.post,
  profileFromUrl: (url) => /^\/profile\/([\w.-]+)\/?$/.exec(url.pathname)?.[1]?.toLowerCase(),
  postFromUrl: (url) => {
    const m = /^\/profile\/([\w.-]+)\/post\/([\w]+)/.exec(url.pathname);
    return m ? { postId: m[2]!, handle: m[1]!.toLowerCase() } : undefined;
  },
};
