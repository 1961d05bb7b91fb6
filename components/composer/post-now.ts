import type { ComposeTarget } from '@/lib/compose';
import type { DraftRow } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/protocol';
import { errorText } from '../ui/errors';
import { outcomeText } from './composer-actions';

/** "Post now" on a draft: fill every target's composer; copy where the clipboard is the way. */
export async function postNow(d: DraftRow): Promise<{ kind: string; text: string }> {
  const res = await sendMessage('postDraftNow', { id: d.id });
  if (!res.ok) return { kind: 'error', text: errorText(res.error, res.detail) };
  const notes = await Promise.all(
    Object.entries(res.outcomes).map(([target, out]) => (out && 'method' in out ? outcomeText(target as ComposeTarget, out) : undefined)),
  );
  const texts = notes.flatMap((n) => (n ? [n.text] : []));
  return { kind: notes.some((n) => n?.kind === 'error') ? 'error' : 'ok', text: texts.join(' ') };
}
