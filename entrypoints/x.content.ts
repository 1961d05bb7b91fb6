import { defineContentScript } from '#imports';
import { fillComposerSchema } from '@/lib/messaging/bridge-schema';
import { onMessage } from '@/lib/messaging/protocol';
import { startCapture } from '@/lib/platforms/content';
import { contentHost } from '@/lib/platforms/content-host';
import { xAdapter } from '@/lib/platforms/x';
import { fillXComposer } from '@/lib/platforms/x/compose';
import { MATCHES } from '@/lib/platforms/x/selectors';

export default defineContentScript({
  matches: [...MATCHES],
  runAt: 'document_start',
  main(ctx) {
    void startCapture(xAdapter, contentHost('x', ctx));
    onMessage('fillComposer', async ({ data }) => {
      const input = fillComposerSchema.safeParse(data);
      if (!input.success) return { ok: false, reason: 'invalidInput' };
      const res = await fillXComposer(document, input.data.text);
      return res.ok ? { ok: true } : { ok: false, reason: res.reason };
    });
  },
});
