import { finalise } from '../finalise';
import type { PlatformAdapter } from '../types';
import { parseThreadsDom } from './parse-dom';
import { parseThreadsNetwork } from './parse-network';
import { dom, THREADS_HOSTS, THREADS_NETWORK_URL_RE } from './selectors';

export const threadsAdapter: PlatformAdapter = {
  id: 'threads',
  hosts: THREADS_HOSTS,
  matchesNetworkUrl: (url) => THREADS_NETWORK_URL_RE.test(url),
  parseNetwork: (input) => finalise(parseThreadsNetwork(input)),
  parseDom: (root, url) => finalise(parseThreadsDom(root, url)),
  postSelector: dom.post,
  profileFromUrl: (url) => /^\/@([\w.]{1,60})\/?$/.exec(url.pathname)?.[1],
  postFromUrl: (url) => {
    const m = /^\/@([\w.]{1,60})\/post\/([\w-]+)/.exec(url.pathname);
    return m ? { postId: m[2]!, handle: m[1]! } : undefined;
  },
};
