import { defineContentScript } from '#imports';
import { fillComposerSchema } from '@/lib/messaging/bridge-schema';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { runPlatform } from '@/lib/platforms/runtime';
import { fillXComposer } from '@/lib/platforms/x/compose';
import { xAdapter } from '@/lib/platforms/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_start',
  main(ctx) {
    runPlatform(xAdapter, { send: (batch) => sendMessage('capturePosts', batch), onInvalidated: (cb) => ctx.onInvalidated(cb) });
    onMessage('fillComposer', async ({ data }) => {
      const input = fillComposerSchema.safeParse(data);
      if (!input.success) return { ok: false, reason: 'invalidInput' };
      const res = await fillXComposer(document, input.data.text);
      return res.ok ? { ok: true } : { ok: false, reason: res.reason };
    });
  },
});
