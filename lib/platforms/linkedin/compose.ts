import { insertIntoEditor, waitFor } from '../editor';
import type { ComposeResult } from '../types';
import { dom } from './selectors';

/** Fallback for links: LinkedIn's share-offsite URL. */
export const linkedinShareUrl = (link: string) => `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(link)}`;

export async function fillLinkedinComposer(doc: Document, text: string, timeoutMs = 4000): Promise<ComposeResult> {
  const find = () => doc.querySelector<HTMLElement>(dom.composer.editor);
  let editor = find();
  if (!editor) {
    (doc.querySelector(dom.composer.openButton) as HTMLElement | null)?.click();
    editor = await waitFor(find, timeoutMs);
  }
  return editor ? insertIntoEditor(editor, text) : { ok: false, reason: 'noComposer' };
}
