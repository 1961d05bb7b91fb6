import { dom } from './selectors';

/** Fallback when the native composer cannot be filled: X's own intent page pre-fills it. */
export const xIntentUrl = (text: string) => `https://x.com/intent/post?text=${encodeURIComponent(text)}`;

export type ComposeResult =
  { ok: true; method: 'paste' | 'insertText' | 'beforeinput' } | { ok: false; reason: 'noComposer' | 'notInserted' };

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

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

/** Insert text at the end of a rich-text editor, trying the methods editors listen to. */
export function insertIntoEditor(editor: HTMLElement, text: string): ComposeResult {
  const doc = editor.ownerDocument;
  const before = norm(editor.innerText ?? editor.textContent ?? '');
  const inserted = () => {
    const now = norm(editor.innerText ?? editor.textContent ?? '');
    return now !== before && now.includes(norm(text));
  };
  editor.focus();
  placeCaretAtEnd(editor);

  // 1. A paste with text/plain: Draft.js and Lexical handle it, newlines included.
  try {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    if (inserted()) return { ok: true, method: 'paste' };
  } catch {
    // ClipboardEvent with clipboardData is not constructible everywhere.
  }
  // 2. execCommand insertText goes through the browser's editing pipeline (beforeinput/input).
  placeCaretAtEnd(editor);
  if (doc.execCommand('insertText', false, text) && inserted()) return { ok: true, method: 'insertText' };
  // 3. A bare beforeinput for editors that handle it themselves.
  editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true }));
  if (inserted()) return { ok: true, method: 'beforeinput' };
  return { ok: false, reason: 'notInserted' };
}

function placeCaretAtEnd(el: HTMLElement) {
  const sel = el.ownerDocument.getSelection();
  if (!sel) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  sel.removeAllRanges();
  sel.addRange(range);
}

function waitFor<T>(probe: () => T | null, timeoutMs: number): Promise<T | null> {
  return new Promise((resolve) => {
    const found = probe();
    if (found) return resolve(found);
    const started = Date.now();
    const timer = setInterval(() => {
      const hit = probe();
      if (hit || Date.now() - started > timeoutMs) {
        clearInterval(timer);
        resolve(hit);
      }
    }, 100);
  });
}
