import { platformContentScript } from '@/lib/capture/host';
import { instagramPlatform } from '@/lib/platforms/instagram';

export default platformContentScript(instagramPlatform);
