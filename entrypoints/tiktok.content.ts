import { defineContentScript } from '#imports';
import { startPlatform } from '@/lib/platforms/content-host';
import { tiktokAdapter } from '@/lib/platforms/tiktok';
import { MATCHES } from '@/lib/platforms/tiktok/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main: (ctx) => startPlatform(tiktokAdapter, ctx),
});
