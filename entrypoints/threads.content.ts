import { defineContentScript } from '#imports';
import { serveComposer } from '@/lib/platforms/compose-host';
import { startPlatform } from '@/lib/platforms/content-host';
import { threadsAdapter } from '@/lib/platforms/threads';
import { posting } from '@/lib/platforms/threads/compose';
import { MATCHES } from '@/lib/platforms/threads/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startPlatform(threadsAdapter, ctx);
    serveComposer(posting.composer!);
  },
});
