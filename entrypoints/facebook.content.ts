import { defineContentScript } from '#imports';
import { startCapture } from '@/lib/platforms/content';
import { contentHost } from '@/lib/platforms/content-host';
import { facebookAdapter } from '@/lib/platforms/facebook';
import { MATCHES } from '@/lib/platforms/facebook/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main: (ctx) => void startCapture(facebookAdapter, contentHost('facebook', ctx)),
});
