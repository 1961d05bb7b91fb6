import { defineContentScript } from '#imports';
import { startCapture } from '@/lib/platforms/content';
import { contentHost } from '@/lib/platforms/content-host';
import { blueskyAdapter } from '@/lib/platforms/bluesky';
import { MATCHES } from '@/lib/platforms/bluesky/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main: (ctx) => void startCapture(blueskyAdapter, contentHost('bluesky', ctx)),
});
