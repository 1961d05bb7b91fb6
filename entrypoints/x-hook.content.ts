import { networkHookScript } from '@/lib/capture/hook';
import { MATCHES, X_NETWORK_URL_RE } from '@/lib/platforms/x/selectors';

export default networkHookScript(MATCHES, X_NETWORK_URL_RE);
