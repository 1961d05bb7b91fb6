import { finalise } from '../../parse-kit/finalise';
import type { PlatformDefinition } from '../definition';
import { posting } from './compose';
import { parseYoutubeDom } from './parse-dom';
import { parseYoutubeNetwork } from './parse-network';
import { dom, MATCHES, YOUTUBE_HOSTS, YOUTUBE_NETWORK_URL_RE } from './selectors';

/** The channel a URL shows: its @handle, or its channel id for /channel/UC… (merged with the handle by the writer). */
const profileFromUrl = (url: URL) =>
  /^\/@([\w.-]{1,100})(?:\/(?:videos|shorts|featured|streams|community|posts|playlists)?)?\/?$/.exec(url.pathname)?.[1] ??
  /^\/channel\/(UC[\w-]{22})(?:\/(?:videos|shorts|featured|streams|community|posts|playlists)?)?\/?$/.exec(url.pathname)?.[1];

/** YouTube: one definition, the only place Pantau's knowledge of it lives (see README, "Where to change what"). */
export const youtubePlatform: PlatformDefinition<'youtube'> = {
  id: 'youtube',
  name: 'YouTube',
  utmSource: 'youtube',
  hosts: YOUTUBE_HOSTS,
  matches: MATCHES,
  engagement: ['likes', 'replies'],
  counters: ['likes', 'replies', 'views'],
  counting: { unit: 'graphemes', limit: 5000, titleLimit: 100 },
  posting: posting,
  matchesNetworkUrl: (url) => YOUTUBE_NETWORK_URL_RE.test(url),
  parseNetwork: (input) => finalise(parseYoutubeNetwork(input)),
  parseDom: (root, url) => finalise(parseYoutubeDom(root, url, profileFromUrl(url))),
  postSelector: dom.post,
  profileFromUrl,
  postFromUrl: (url) => {
    const v = url.pathname === '/watch' ? url.searchParams.get('v') : /^\/shorts\/([\w-]{11})/.exec(url.pathname)?.[1];
    return v && /^[\w-]{11}$/.test(v) ? { postId: v } : undefined;
  },
};
