import { platformContentScript } from '@/lib/capture/host';
import { serveComposer } from '@/lib/composer-fill/serve';
import { xPlatform } from '@/lib/platforms/x';

export default platformContentScript(xPlatform, serveComposer);
