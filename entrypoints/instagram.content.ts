import { defineContentScript } from '#imports';
import { startPlatform } from '@/lib/platforms/content-host';
import { instagramAdapter } from '@/lib/platforms/instagram';
import { MATCHES } from '@/lib/platforms/instagram/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main: (ctx) => startPlatform(instagramAdapter, ctx),
});
