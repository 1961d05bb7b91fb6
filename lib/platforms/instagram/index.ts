import { finalise } from '../../parse-kit/finalise';
import type { PlatformDefinition } from '../definition';
import { posting } from './compose';
import { parseInstagramDom } from './parse-dom';
import { parseInstagramNetwork } from './parse-network';
import { dom, INSTAGRAM_HOSTS, INSTAGRAM_NETWORK_URL_RE, MATCHES } from './selectors';

/** Instagram: one definition, the only place Pantau's knowledge of it lives (see README, "Where to change what"). */
export const instagramPlatform: PlatformDefinition<'instagram'> = {
  id: 'instagram',
  name: 'Instagram',
  utmSource: 'instagram',
  hosts: INSTAGRAM_HOSTS,
  matches: MATCHES,
  engagement: ['likes', 'replies'],
  counters: ['likes', 'replies', 'reposts', 'shares', 'views'],
  counting: { unit: 'graphemes', limit: 2200, hashtagLimit: 30, linksNotClickable: true, fold: 125 },
  posting: posting,
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
