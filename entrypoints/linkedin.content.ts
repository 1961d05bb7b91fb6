import { platformContentScript } from '@/lib/capture/host';
import { serveComposer } from '@/lib/composer-fill/serve';
import { linkedinPlatform } from '@/lib/platforms/linkedin';

export default platformContentScript(linkedinPlatform, serveComposer);
