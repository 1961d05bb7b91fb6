import { insertIntoEditor, waitFor } from '../editor';
import type { ComposeResult } from '../types';
import { dom } from './selectors';

/** Fallback: Threads' intent page (it mangles emoji, so callers copy to the clipboard instead when there is one). */
export const threadsIntentUrl = (text: string) => `https://www.threads.com/intent/post?text=${encodeURIComponent(text)}`;

export async function fillThreadsComposer(doc: Document, text: string, timeoutMs = 4000): Promise<ComposeResult> {
  const find = () => doc.querySelector<HTMLElement>(dom.composer.editor);
  let editor = find();
  if (!editor) {
    (doc.querySelector(dom.composer.openButton) as HTMLElement | null)?.click();
    editor = await waitFor(find, timeoutMs);
  }
  return editor ? insertIntoEditor(editor, text) : { ok: false, reason: 'noComposer' };
}
