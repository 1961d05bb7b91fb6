import { finalise } from '../finalise';
import type { PlatformAdapter } from '../types';
import { parseTiktokDom } from './parse-dom';
import { parseTiktokNetwork } from './parse-network';
import { dom, TIKTOK_HOSTS, TIKTOK_NETWORK_URL_RE } from './selectors';

export const tiktokAdapter: PlatformAdapter = {
  id: 'tiktok',
  hosts: TIKTOK_HOSTS,
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
