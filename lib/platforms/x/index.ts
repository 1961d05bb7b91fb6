import { finalise } from '../../parse-kit/finalise';
import type { PlatformDefinition } from '../definition';
import { posting } from './compose';
import { parseXDom } from './parse-dom';
import { parseXNetwork } from './parse-network';
import { dom, MATCHES, X_HOSTS, X_NETWORK_URL_RE } from './selectors';

const X_RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'settings',
  'search',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'bookmarks',
  'lists',
  'communities',
]);

/** X: one definition, the only place Pantau's knowledge of it lives (see README, "Where to change what"). */
export const xPlatform: PlatformDefinition<'x'> = {
  id: 'x',
  name: 'X',
  utmSource: 'x',
  hosts: X_HOSTS,
  matches: MATCHES,
  engagement: ['likes', 'replies', 'reposts', 'quotes'],
  counters: ['likes', 'replies', 'reposts', 'quotes', 'bookmarks', 'views'],
  counting: { unit: 'weighted', limit: 280, longLimit: 25_000 },
  posting,
  matchesNetworkUrl: (url) => X_NETWORK_URL_RE.test(url),
  parseNetwork: (input) => finalise(parseXNetwork(input)),
  parseDom: (root, url, known) => finalise(parseXDom(root, url, known)),
  postSelector: dom.post,
  profileFromUrl: (url) => {
    const m = /^\/(\w{1,15})\/?$/.exec(url.pathname);
    return m && !X_RESERVED.has(m[1]!.toLowerCase()) ? m[1] : undefined;
  },
  postUrlOfId: (id) => `https://x.com/i/web/status/${id}`,
  postFromUrl: (url) => {
    const m = /^\/(\w{1,15})\/status\/(\d{1,25})/.exec(url.pathname);
    return m ? { postId: m[2]!, handle: m[1]! } : undefined;
  },
};
