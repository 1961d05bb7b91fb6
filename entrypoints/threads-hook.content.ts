import { networkHookScript } from '@/lib/capture/hook';
import { MATCHES, THREADS_NETWORK_URL_RE } from '@/lib/platforms/threads/selectors';

export default networkHookScript(MATCHES, THREADS_NETWORK_URL_RE);
