import { platformContentScript } from '@/lib/capture/host';
import { serveComposer } from '@/lib/composer-fill/serve';
import { threadsPlatform } from '@/lib/platforms/threads';

export default platformContentScript(threadsPlatform, serveComposer);
