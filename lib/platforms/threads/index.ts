import { finalise } from '../../parse-kit/finalise';
import type { PlatformDefinition } from '../definition';
import { posting } from './compose';
import { parseThreadsDom } from './parse-dom';
import { parseThreadsNetwork } from './parse-network';
import { dom, MATCHES, THREADS_HOSTS, THREADS_NETWORK_URL_RE } from './selectors';

/** Threads: one definition, the only place Pantau's knowledge of it lives (see README, "Where to change what"). */
export const threadsPlatform: PlatformDefinition<'threads'> = {
  id: 'threads',
  name: 'Threads',
  utmSource: 'threads',
  hosts: THREADS_HOSTS,
  matches: MATCHES,
  engagement: ['likes', 'replies', 'reposts', 'quotes'],
  counters: ['likes', 'replies', 'reposts', 'quotes', 'shares'],
  counting: { unit: 'graphemes', limit: 500, fold: 175 },
  posting,
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
