import { platformContentScript } from '@/lib/capture/host';
import { youtubePlatform } from '@/lib/platforms/youtube';

export default platformContentScript(youtubePlatform);
