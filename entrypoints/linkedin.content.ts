import { defineContentScript } from '#imports';
import { startCapture } from '@/lib/platforms/content';
import { contentHost } from '@/lib/platforms/content-host';
import { linkedinAdapter } from '@/lib/platforms/linkedin';
import { MATCHES } from '@/lib/platforms/linkedin/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main: (ctx) => void startCapture(linkedinAdapter, contentHost('linkedin', ctx)),
});
