import { networkHookScript } from '@/lib/capture/hook';
import { MATCHES, FACEBOOK_NETWORK_URL_RE } from '@/lib/platforms/facebook/selectors';

export default networkHookScript(MATCHES, FACEBOOK_NETWORK_URL_RE);
