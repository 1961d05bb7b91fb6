import { finalise } from '../finalise';
import type { PlatformAdapter } from '../types';
import { parseBlueskyDom } from './parse-dom';
import { parseBlueskyNetwork } from './parse-network';
import { BLUESKY_HOSTS, BLUESKY_NETWORK_URL_RE, dom } from './selectors';

export const blueskyAdapter: PlatformAdapter = {
  id: 'bluesky',
  hosts: BLUESKY_HOSTS,
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
