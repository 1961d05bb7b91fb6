import { defineContentScript } from '#imports';
import { serveComposer } from '@/lib/platforms/compose-host';
import { startPlatform } from '@/lib/platforms/content-host';
import { xAdapter } from '@/lib/platforms/x';
import { posting } from '@/lib/platforms/x/compose';
import { MATCHES } from '@/lib/platforms/x/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startPlatform(xAdapter, ctx);
    serveComposer(posting.composer!);
  },
});
