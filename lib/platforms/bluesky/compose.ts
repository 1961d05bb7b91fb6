import { insertIntoEditor, waitFor } from '../editor';
import type { ComposeResult } from '../types';
import { dom } from './selectors';

/** Fallback: Bluesky's intent page opens its composer with the text. */
export const blueskyIntentUrl = (text: string) => `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}`;

/** Open bsky.app's composer (its compose button) and insert the text; the user presses Post. */
export async function fillBlueskyComposer(doc: Document, text: string, timeoutMs = 4000): Promise<ComposeResult> {
  const find = () => doc.querySelector<HTMLElement>(dom.composer.editor);
  let editor = find();
  if (!editor) {
    (doc.querySelector(dom.composer.openButton) as HTMLElement | null)?.click();
    editor = await waitFor(find, timeoutMs);
  }
  return editor ? insertIntoEditor(editor, text) : { ok: false, reason: 'noComposer' };
}
