import { finalise } from '../finalise';
import type { PlatformAdapter } from '../types';
import { parseYoutubeDom } from './parse-dom';
import { parseYoutubeNetwork } from './parse-network';
import { dom, YOUTUBE_HOSTS, YOUTUBE_NETWORK_URL_RE } from './selectors';

export const youtubeAdapter: PlatformAdapter = {
  id: 'youtube',
  hosts: YOUTUBE_HOSTS,
  matchesNetworkUrl: (url) => YOUTUBE_NETWORK_URL_RE.test(url),
  parseNetwork: (input) => finalise(parseYoutubeNetwork(input)),
  parseDom: (root, url) => finalise(parseYoutubeDom(root, url)),
  postSelector: dom.post,
  profileFromUrl: (url) => /^\/@([\w.-]{1,100})(?:\/(?:videos|shorts|featured|streams)?)?\/?$/.exec(url.pathname)?.[1],
  postFromUrl: (url) => {
    const v = url.pathname === '/watch' ? url.searchParams.get('v') : /^\/shorts\/([\w-]{11})/.exec(url.pathname)?.[1];
    return v && /^[\w-]{11}$/.test(v) ? { postId: v } : undefined;
  },
};
