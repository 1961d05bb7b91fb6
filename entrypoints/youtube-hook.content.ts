import { networkHookScript } from '@/lib/capture/hook';
import { MATCHES, YOUTUBE_NETWORK_URL_RE } from '@/lib/platforms/youtube/selectors';

export default networkHookScript(MATCHES, YOUTUBE_NETWORK_URL_RE);
