import * as z from 'zod/mini';
import { BRIDGE_MAX_BODY_CHARS, BRIDGE_SOURCE } from './bridge';

/**
 * A message from the MAIN-world hook, as the isolated content script receives it. zod/mini keeps
 * the content-script bundle small; the background re-validates every batch with full schemas.
 */
export const bridgeMessageSchema = z.object({
  source: z.literal(BRIDGE_SOURCE),
  url: z.string().check(z.maxLength(4096)),
  body: z.string().check(z.maxLength(BRIDGE_MAX_BODY_CHARS)),
});
