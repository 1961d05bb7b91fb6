import { defineContentScript } from '#imports';
import { serveComposer } from '@/lib/platforms/compose-host';
import { startPlatform } from '@/lib/platforms/content-host';
import { blueskyAdapter } from '@/lib/platforms/bluesky';
import { posting } from '@/lib/platforms/bluesky/compose';
import { MATCHES } from '@/lib/platforms/bluesky/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startPlatform(blueskyAdapter, ctx);
    serveComposer(posting.composer!);
  },
});
