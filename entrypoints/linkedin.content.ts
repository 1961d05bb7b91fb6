import { defineContentScript } from '#imports';
import { serveComposer } from '@/lib/platforms/compose-host';
import { startPlatform } from '@/lib/platforms/content-host';
import { linkedinAdapter } from '@/lib/platforms/linkedin';
import { posting } from '@/lib/platforms/linkedin/compose';
import { MATCHES } from '@/lib/platforms/linkedin/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startPlatform(linkedinAdapter, ctx);
    serveComposer(posting.composer!);
  },
});
