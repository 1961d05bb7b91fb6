import { finalise } from '../../parse-kit/finalise';
import type { PlatformDefinition } from '../definition';
import { posting } from './compose';
import { parseFacebookDom } from './parse-dom';
import { parseFacebookNetwork } from './parse-network';
import { handleFromUrl } from './shared';
import { dom, FACEBOOK_HOSTS, FACEBOOK_NETWORK_URL_RE, MATCHES } from './selectors';

/** Facebook: one definition, the only place Pantau's knowledge of it lives (see README, "Where to change what"). */
export const facebookPlatform: PlatformDefinition<'facebook'> = {
  id: 'facebook',
  name: 'Facebook',
  utmSource: 'facebook',
  hosts: FACEBOOK_HOSTS,
  matches: MATCHES,
  engagement: ['likes', 'replies', 'shares'],
  counters: ['likes', 'replies', 'shares'],
  counting: { unit: 'graphemes', limit: 63_206, fold: 477 },
  posting,
  matchesNetworkUrl: (url) => FACEBOOK_NETWORK_URL_RE.test(url),
  parseNetwork: (input) => finalise(parseFacebookNetwork(input)),
  parseDom: (root, url, known) => finalise(parseFacebookDom(root, url, known)),
  postSelector: dom.post,
  profileFromUrl: (url) => (url.pathname.split('/').filter(Boolean).length === 1 ? handleFromUrl(url.href) : undefined),
  postFromUrl: (url) => {
    const m = /^\/([\w.-]{1,80})\/posts\/(\d{5,25})/.exec(url.pathname);
    const story = url.searchParams.get('story_fbid');
    return m ? { postId: m[2]!, handle: m[1]! } : story && /^\d{5,25}$/.test(story) ? { postId: story } : undefined;
  },
};
