import { platformContentScript } from '@/lib/capture/host';
import { tiktokPlatform } from '@/lib/platforms/tiktok';

export default platformContentScript(tiktokPlatform);
