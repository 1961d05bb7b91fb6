import * as z from 'zod/mini';
import { onMessage } from '../messaging/protocol';
import { composeInPage } from './fill';
import type { ComposeReport, ComposerSelectors } from '../platforms/types';

/** The fill request a content script accepts from the background: thread parts and images (base64). */
export const fillComposerSchema = z.object({
  parts: z.array(z.string().check(z.minLength(1), z.maxLength(100_000))).check(z.minLength(1), z.maxLength(100)),
  media: z.optional(
    z
      .array(
        z.object({
          name: z.string().check(z.maxLength(200)),
          type: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']),
          base64: z.string().check(z.maxLength(12 * 1024 * 1024)),
        }),
      )
      .check(z.maxLength(4)),
  ),
  timeoutMs: z.optional(z.number().check(z.minimum(0), z.maximum(20_000))),
});
export type FillComposerInput = z.infer<typeof fillComposerSchema>;

const toFile = (m: { name: string; type: string; base64: string }) => {
  const bin = atob(m.base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new File([bytes], m.name, { type: m.type });
};

/** Handle the background's "fill the composer" request on this page (validated; never presses Post). */
export async function handleFillComposer(doc: Document, composer: ComposerSelectors, data: unknown): Promise<ComposeReport> {
  const input = fillComposerSchema.safeParse(data);
  if (!input.success) return { ok: false, reason: 'notInserted', filled: 0, media: 'none' };
  const files = (input.data.media ?? []).map(toFile);
  return composeInPage(doc, composer, input.data.parts, files, input.data.timeoutMs ?? 4000);
}

/**
 * Answer the background's "fill the composer" on this page. Only the platforms Pantau posts to in
 * the page register it, so the other content scripts do not carry this code.
 */
export function serveComposer(composer: ComposerSelectors): void {
  onMessage('fillComposer', ({ data }) => handleFillComposer(document, composer, data));
}
