import { networkHookScript } from '@/lib/capture/hook';
import { MATCHES, LINKEDIN_NETWORK_URL_RE } from '@/lib/platforms/linkedin/selectors';

export default networkHookScript(MATCHES, LINKEDIN_NETWORK_URL_RE);
