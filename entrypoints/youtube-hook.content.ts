import { defineContentScript } from '#imports';
import { installNetworkHook } from '@/lib/platforms/hook';
import { MATCHES, YOUTUBE_NETWORK_URL_RE } from '@/lib/platforms/youtube/selectors';

// MAIN world at document_start, so fetch/XHR are wrapped before the site's own scripts run.
export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  world: 'MAIN',
  main: () => installNetworkHook((url) => YOUTUBE_NETWORK_URL_RE.test(url)),
});
