import { defineContentScript } from '#imports';
import { startCapture } from '@/lib/platforms/content';
import { contentHost } from '@/lib/platforms/content-host';
import { tiktokAdapter } from '@/lib/platforms/tiktok';
import { MATCHES } from '@/lib/platforms/tiktok/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main: (ctx) => void startCapture(tiktokAdapter, contentHost('tiktok', ctx)),
});
