import { defineContentScript } from '#imports';
import { installNetworkHook } from '@/lib/platforms/hook';
import { X_NETWORK_URL_RE } from '@/lib/platforms/x/selectors';

// MAIN world at document_start, so fetch/XHR are wrapped before X's own scripts run.
export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installNetworkHook((url) => X_NETWORK_URL_RE.test(url));
  },
});
