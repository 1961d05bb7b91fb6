import { networkHookScript } from '@/lib/capture/hook';
import { MATCHES, INSTAGRAM_NETWORK_URL_RE } from '@/lib/platforms/instagram/selectors';

export default networkHookScript(MATCHES, INSTAGRAM_NETWORK_URL_RE);
