import { finalise } from '../finalise';
import type { PlatformAdapter } from '../types';
import { parseLinkedinDom } from './parse-dom';
import { parseLinkedinNetwork } from './parse-network';
import { dom, LINKEDIN_HOSTS, LINKEDIN_NETWORK_URL_RE } from './selectors';

export const linkedinAdapter: PlatformAdapter = {
  id: 'linkedin',
  hosts: LINKEDIN_HOSTS,
  matchesNetworkUrl: (url) => LINKEDIN_NETWORK_URL_RE.test(url),
  parseNetwork: (input) => finalise(parseLinkedinNetwork(input)),
  parseDom: (root, url, known) => finalise(parseLinkedinDom(root, url, known)),
  postSelector: dom.post,
  profileFromUrl: (url) => /^\/(?:company|in)\/([\w.-]{1,100})\/?/.exec(url.pathname)?.[1],
  postFromUrl: (url) => {
    const m = /urn:li:activity:(\d{10,25})/.exec(decodeURIComponent(url.pathname));
    return m ? { postId: m[1]! } : undefined;
  },
};
