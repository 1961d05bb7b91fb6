import { defineContentScript } from '#imports';
import { startCapture } from '@/lib/platforms/content';
import { contentHost } from '@/lib/platforms/content-host';
import { threadsAdapter } from '@/lib/platforms/threads';
import { MATCHES } from '@/lib/platforms/threads/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main: (ctx) => void startCapture(threadsAdapter, contentHost('threads', ctx)),
});
