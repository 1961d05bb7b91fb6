import type { z } from 'zod';
import { QueueFullError, ScheduleInPastError } from '../../db/drafts';
import type { ErrorCode } from '../../messaging/protocol';
import { PostingError } from '../../api-posting/errors';
import { isQuotaError } from '../capture';
import { isExtensionPage, type SenderLike } from '../guards';

type Failure = { ok: false; error: ErrorCode; detail?: string };

/** A refusal the user is told about by its code (no detail: it is not a bug). */
export class UserError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

/**
 * Run a privileged handler only for our own extension pages, with its input parsed by zod.
 * A content script (and so a hostile page) gets `forbidden` and nothing is written.
 */
export function privileged<I, R>(schema: z.ZodType<I>, run: (input: I) => Promise<R>) {
  return async ({ data, sender }: { data: unknown; sender: SenderLike }): Promise<R | Failure> => {
    if (!isExtensionPage(sender)) return { ok: false, error: 'forbidden' };
    const parsed = schema.safeParse(data);
    if (!parsed.success) return { ok: false, error: 'invalidInput', detail: parsed.error.issues[0]?.message };
    try {
      return await run(parsed.data);
    } catch (err) {
      if (err instanceof ScheduleInPastError) return { ok: false, error: 'scheduleInPast' };
      if (err instanceof QueueFullError) return { ok: false, error: 'queueFull' };
      if (err instanceof PostingError) return { ok: false, error: err.code, detail: err.message.slice(0, 200) };
      if (err instanceof UserError) return { ok: false, error: err.code };
      return { ok: false, error: isQuotaError(err) ? 'storageFull' : 'internal', detail: String(err).slice(0, 200) };
    }
  };
}
