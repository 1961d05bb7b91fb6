import { networkHookScript } from '@/lib/capture/hook';
import { MATCHES, BLUESKY_NETWORK_URL_RE } from '@/lib/platforms/bluesky/selectors';

export default networkHookScript(MATCHES, BLUESKY_NETWORK_URL_RE);
