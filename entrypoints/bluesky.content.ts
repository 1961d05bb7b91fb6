import { defineContentScript } from '#imports';
import { startPlatform } from '@/lib/platforms/content-host';
import { blueskyAdapter } from '@/lib/platforms/bluesky';
import { posting } from '@/lib/platforms/bluesky/compose';
import { MATCHES } from '@/lib/platforms/bluesky/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main: (ctx) => startPlatform(blueskyAdapter, ctx, posting.composer),
});
