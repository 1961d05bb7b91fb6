import { finalise } from '../../parse-kit/finalise';
import type { PlatformDefinition } from '../definition';
import { posting } from './compose';
import { parseLinkedinDom } from './parse-dom';
import { parseLinkedinNetwork } from './parse-network';
import { dom, LINKEDIN_HOSTS, LINKEDIN_NETWORK_URL_RE, MATCHES } from './selectors';

/** LinkedIn: one definition, the only place Pantau's knowledge of it lives (see README, "Where to change what"). */
export const linkedinPlatform: PlatformDefinition<'linkedin'> = {
  id: 'linkedin',
  name: 'LinkedIn',
  utmSource: 'linkedin',
  hosts: LINKEDIN_HOSTS,
  matches: MATCHES,
  engagement: ['likes', 'replies', 'reposts'],
  counters: ['likes', 'replies', 'reposts'],
  counting: { unit: 'graphemes', limit: 3000, fold: 210 },
  posting,
  matchesNetworkUrl: (url) => LINKEDIN_NETWORK_URL_RE.test(url),
  parseNetwork: (input) => finalise(parseLinkedinNetwork(input)),
  parseDom: (root, url, known) => finalise(parseLinkedinDom(root, url, known)),
  postSelector: dom.post,
  profileFromUrl: (url) => /^\/(?:company|in)\/([\w.-]{1,100})\/?/.exec(url.pathname)?.[1],
  /** Its post elements carry the activity URN (data-urn / data-id) even where no permalink is shown. */
  postIdOfElement: (el) => {
    const urn = el.getAttribute('data-urn') ?? el.getAttribute('data-id');
    return urn?.startsWith('urn:li:activity:') ? urn.slice('urn:li:activity:'.length) : undefined;
  },
  postFromUrl: (url) => {
    const m = /urn:li:activity:(\d{10,25})/.exec(decodeURIComponent(url.pathname));
    return m ? { postId: m[1]! } : undefined;
  },
};
