import { insertIntoEditor, waitFor } from '../editor';
import type { ComposeResult } from '../types';
import { dom } from './selectors';

/** Fallback when the native composer cannot be filled: X's own intent page pre-fills it. */
export const xIntentUrl = (text: string) => `https://x.com/intent/post?text=${encodeURIComponent(text)}`;

/**
 * Find X's composer on this page, opening it with the "Post" nav link if needed, and insert the
 * text so that X's editor (Draft.js) sees it. Never presses X's Post button: the user confirms.
 */
export async function fillXComposer(doc: Document, text: string, timeoutMs = 4000): Promise<ComposeResult> {
  let editor = findEditor(doc);
  if (!editor) {
    (doc.querySelector(dom.composer.openButton) as HTMLElement | null)?.click();
    editor = await waitFor(() => findEditor(doc), timeoutMs);
  }
  if (!editor) return { ok: false, reason: 'noComposer' };
  return insertIntoEditor(editor, text);
}

function findEditor(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>(dom.composer.editor);
}
