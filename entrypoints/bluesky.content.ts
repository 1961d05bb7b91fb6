import { platformContentScript } from '@/lib/capture/host';
import { serveComposer } from '@/lib/composer-fill/serve';
import { blueskyPlatform } from '@/lib/platforms/bluesky';

export default platformContentScript(blueskyPlatform, serveComposer);
