import { networkHookScript } from '@/lib/capture/hook';
import { MATCHES, TIKTOK_NETWORK_URL_RE } from '@/lib/platforms/tiktok/selectors';

export default networkHookScript(MATCHES, TIKTOK_NETWORK_URL_RE);
