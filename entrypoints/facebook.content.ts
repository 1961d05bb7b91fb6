import { platformContentScript } from '@/lib/capture/host';
import { serveComposer } from '@/lib/composer-fill/serve';
import { facebookPlatform } from '@/lib/platforms/facebook';

export default platformContentScript(facebookPlatform, serveComposer);
