import type { ComposeReport, ComposeResult, ComposerSelectors } from '../platforms/types';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

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

/** Poll until `probe` finds something, or give up after `timeoutMs`. */
export function waitFor<T>(probe: () => T | null, timeoutMs: number): Promise<T | null> {
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

/**
 * Find a site's composer, opening it with its "new post" button when needed, and insert the text
 * so the site's editor state sees it. Never presses the site's Post button: the user confirms.
 */
export async function fillComposer(
  doc: Document,
  selectors: { editor: string; openButton: string },
  text: string,
  timeoutMs = 4000,
): Promise<ComposeResult> {
  const find = () => doc.querySelector<HTMLElement>(selectors.editor);
  let editor = find();
  if (!editor) {
    (doc.querySelector(selectors.openButton) as HTMLElement | null)?.click();
    editor = await waitFor(find, timeoutMs);
  }
  return editor ? insertIntoEditor(editor, text) : { ok: false, reason: 'noComposer' };
}

/**
 * Attach images the way the composer accepts them: through its own file input when there is one
 * (a change event with the files), else a synthetic paste of the files into the editor, which
 * counts only when the site handled it (prevented the default).
 */
export function attachFiles(doc: Document, editor: HTMLElement, files: File[], fileInput?: string): ComposeReport['media'] {
  if (!files.length) return 'none';
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  const input = fileInput ? doc.querySelector<HTMLInputElement>(fileInput) : null;
  if (input) {
    input.files = data.files;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return 'attached';
  }
  try {
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    editor.dispatchEvent(paste);
    return paste.defaultPrevented ? 'attached' : 'notSupported';
  } catch {
    return 'notSupported';
  }
}

/**
 * Fill a whole draft into a site's composer: the first post, its images, then each following
 * post of a thread in a new editor opened with the composer's "add post" button. Each insertion
 * is read back from the editor. The site's Post button is never pressed: the user confirms.
 */
export async function composeInPage(
  doc: Document,
  selectors: ComposerSelectors,
  parts: readonly string[],
  files: File[],
  timeoutMs = 4000,
): Promise<ComposeReport> {
  const first = await fillComposer(doc, selectors, parts[0] ?? '', timeoutMs);
  if (!first.ok) return { ok: false, reason: first.reason, filled: 0, media: files.length ? 'notSupported' : 'none' };
  const editors = () => [...doc.querySelectorAll<HTMLElement>(selectors.editor)];
  const media = attachFiles(doc, editors()[0]!, files, selectors.fileInput);
  let filled = 1;
  for (const part of parts.slice(1)) {
    const add = selectors.addPost ? doc.querySelector<HTMLElement>(selectors.addPost) : null;
    if (!add) return { ok: false, reason: 'noThread', filled, media };
    const count = editors().length;
    add.click();
    const editor = await waitFor(() => (editors().length > count ? editors()[count]! : null), timeoutMs);
    if (!editor || !insertIntoEditor(editor, part).ok) return { ok: false, reason: 'notInserted', filled, media };
    filled++;
  }
  return { ok: true, filled, media };
}
