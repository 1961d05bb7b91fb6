import { finalise } from '../finalise';
import type { PlatformAdapter } from '../types';
import { parseInstagramDom } from './parse-dom';
import { parseInstagramNetwork } from './parse-network';
import { dom, INSTAGRAM_HOSTS, INSTAGRAM_NETWORK_URL_RE } from './selectors';

export const instagramAdapter: PlatformAdapter = {
  id: 'instagram',
  hosts: INSTAGRAM_HOSTS,
  matchesNetworkUrl: (url) => INSTAGRAM_NETWORK_URL_RE.test(url),
  parseNetwork: (input) => finalise(parseInstagramNetwork(input)),
  parseDom: (root, url) => finalise(parseInstagramDom(root, url)),
  postSelector: dom.post,
  profileFromUrl: (url) => {
    const m = /^\/([\w.]{1,30})\/?$/.exec(url.pathname);
    return m && !['explore', 'reels', 'direct', 'accounts', 'stories'].includes(m[1]!) ? m[1] : undefined;
  },
  postFromUrl: (url) => {
    const m = /^\/(?:[\w.]+\/)?(?:p|reel)\/([\w-]{5,64})/.exec(url.pathname);
    return m ? { postId: m[1]! } : undefined;
  },
};
