import { defineContentScript } from '#imports';
import { serveComposer } from '@/lib/platforms/compose-host';
import { startPlatform } from '@/lib/platforms/content-host';
import { facebookAdapter } from '@/lib/platforms/facebook';
import { posting } from '@/lib/platforms/facebook/compose';
import { MATCHES } from '@/lib/platforms/facebook/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startPlatform(facebookAdapter, ctx);
    serveComposer(posting.composer!);
  },
});
