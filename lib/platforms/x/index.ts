import type { PlatformAdapter } from '../types';
import { parseXDom } from './parse-dom';
import { parseXNetwork } from './parse-network';
import { dom, X_HOSTS, X_NETWORK_URL_RE } from './selectors';

export const xAdapter: PlatformAdapter = {
  id: 'x',
  hosts: X_HOSTS,
  matchesNetworkUrl: (url) => X_NETWORK_URL_RE.test(url),
  parseNetwork: parseXNetwork,
  parseDom: parseXDom,
  postSelector: dom.post,
};
