import { defineContentScript } from '#imports';
import { startPlatform } from '@/lib/platforms/content-host';
import { youtubeAdapter } from '@/lib/platforms/youtube';
import { MATCHES } from '@/lib/platforms/youtube/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main: (ctx) => startPlatform(youtubeAdapter, ctx),
});
