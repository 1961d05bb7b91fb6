import type { ComposeReport, ComposeResult, ComposerSelectors } from '../platforms/types';

/**
 * Filling a platform's own composer, as a small state machine per editor family:
 *
 *   focus the post composer → select all → insert by the family's method → wait for the editor to
 *   commit (read back on the next frames, within a bound, never synchronously) → verify → done, or
 *   clear what the try left and fall back to the family's next method.
 *
 * Selecting everything first makes each insertion a replacement, so filling the same draft twice
 * leaves exactly one copy. Each family gets only the methods it accepts: a rich editor owns its DOM
 * (Draft.js under a React 18 root re-renders a tick after a paste, and an execCommand edit under it
 * makes React throw), so a second method runs only once the first has been read back as failed.
 */

export type EditorFamily = 'lexical' | 'draft' | 'prosemirror' | 'quill' | 'contenteditable' | 'textarea';
type Method = Extract<ComposeResult, { ok: true }>['method'];

/** Which editor library runs this element, from the marks each leaves in the DOM. */
export function editorFamily(el: HTMLElement): EditorFamily {
  if (el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement || el.tagName === 'TEXTAREA') return 'textarea';
  if (el.closest('[data-lexical-editor]')) return 'lexical';
  if (el.closest('.public-DraftEditor-content') || el.querySelector(':scope > [data-contents]')) return 'draft';
  if (el.closest('.ProseMirror')) return 'prosemirror';
  if (el.closest('.ql-editor')) return 'quill';
  return 'contenteditable';
}

/**
 * The methods each family accepts, in order. Lexical, Draft.js, ProseMirror and Quill handle a
 * paste event with text/plain themselves (newlines included) and commit it into their own state;
 * execCommand goes through the browser's editing pipeline, which a plain contenteditable takes and
 * which the rich editors read back from the DOM only as a last resort.
 */
const METHODS: Record<EditorFamily, readonly Method[]> = {
  lexical: ['paste', 'beforeinput'],
  draft: ['paste', 'insertText'],
  prosemirror: ['paste', 'insertText'],
  quill: ['paste', 'insertText'],
  contenteditable: ['insertText', 'paste'],
  textarea: ['insertText'],
};

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text an editor shows (a textarea's value), whitespace collapsed. */
export function editorText(el: HTMLElement): string {
  if ('value' in el && typeof (el as HTMLTextAreaElement).value === 'string' && editorFamily(el) === 'textarea')
    return norm((el as HTMLTextAreaElement).value);
  return norm(el.innerText ?? el.textContent ?? '');
}

/** The next animation frame, or 50 ms when the tab draws none (a background tab). */
const nextFrame = (win: Window) =>
  new Promise<void>((resolve) => {
    const timer = win.setTimeout(resolve, 50);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      resolve();
    });
  });

/**
 * Read back on the next frames until `done` holds or `boundMs` has passed. Never synchronously:
 * Lexical commits a paste a microtask later and React 18 renders Draft.js a tick later.
 */
async function settle(win: Window, done: () => boolean, boundMs: number): Promise<boolean> {
  const started = Date.now();
  await nextFrame(win);
  for (;;) {
    if (done()) return true;
    if (Date.now() - started > boundMs) return false;
    await nextFrame(win);
  }
}

function selectAll(el: HTMLElement) {
  el.focus();
  if (editorFamily(el) === 'textarea') {
    (el as HTMLTextAreaElement).select();
    return;
  }
  const sel = el.ownerDocument.getSelection();
  if (!sel) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  sel.removeAllRanges();
  sel.addRange(range);
}

/**
 * Whether the editor took the edit: a rich editor handling a synthetic paste or beforeinput cancels
 * it (the browser does nothing with an uncancelled synthetic one); execCommand says if it ran.
 */
type Taken = boolean;

function paste(el: HTMLElement, text: string): Taken {
  try {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  } catch {
    return false; // ClipboardEvent with clipboardData is not constructible everywhere
  }
}

function beforeInput(el: HTMLElement, inputType: string, data: string | null): Taken {
  const dt = data === null ? null : new DataTransfer();
  dt?.setData('text/plain', data ?? '');
  const event = new InputEvent('beforeinput', { inputType, data, dataTransfer: dt, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

function execInsert(el: HTMLElement, text: string): Taken {
  const doc = el.ownerDocument;
  if (editorFamily(el) === 'textarea' && !doc.execCommand('insertText', false, text)) {
    // A React-controlled textarea listens to input events; execCommand gives one and keeps undo.
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
    setter?.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }
  return doc.execCommand('insertText', false, text);
}

/** How long a try that the editor did not take is still read back: a frame or two, in case it commits without saying so. */
const UNTAKEN_MS = 100;

type Delete = 'execCommand' | 'beforeinput' | 'backspace';

/**
 * How each family deletes a selection, in order. Lexical acts on a beforeinput deleteContentBackward;
 * Draft.js on its Backspace key binding (a DOM edit behind its React tree is what makes React throw);
 * ProseMirror and Quill read an execCommand delete back from the DOM, and take Backspace too.
 */
const DELETES: Record<EditorFamily, readonly Delete[]> = {
  lexical: ['beforeinput', 'backspace'],
  draft: ['backspace'],
  prosemirror: ['execCommand', 'backspace'],
  quill: ['execCommand', 'backspace'],
  contenteditable: ['execCommand'],
  textarea: ['execCommand'],
};

function deleteSelection(el: HTMLElement, how: Delete): Taken {
  if (how === 'beforeinput') return beforeInput(el, 'deleteContentBackward', null);
  if (how === 'backspace') {
    const init = { key: 'Backspace', code: 'Backspace', keyCode: 8, which: 8, bubbles: true, cancelable: true, composed: true };
    const down = new KeyboardEvent('keydown', init);
    el.dispatchEvent(down);
    el.dispatchEvent(new KeyboardEvent('keyup', init));
    return down.defaultPrevented;
  }
  return el.ownerDocument.execCommand('delete', false);
}

/** Whether the page's selection is the editor's whole content, with the focus in it. */
function coversAll(el: HTMLElement): boolean {
  const doc = el.ownerDocument;
  if (!el.contains(doc.activeElement) && doc.activeElement !== el) return false;
  if (editorFamily(el) === 'textarea') {
    const t = el as HTMLTextAreaElement;
    return t.selectionStart === 0 && t.selectionEnd === t.value.length;
  }
  const sel = doc.getSelection();
  if (!sel?.rangeCount || !el.contains(sel.anchorNode) || !el.contains(sel.focusNode)) return false;
  return norm(sel.toString()) === editorText(el);
}

/**
 * Select the editor's whole content and let the editor take it: Lexical, Draft.js and ProseMirror
 * read the DOM selection on selectionchange (a task later), and a focus can make the editor
 * re-render and put back its own caret. So: select, wait a frame, and again until the selection
 * still covers everything a frame later (a few frames at most).
 */
async function selectAllAndSettle(el: HTMLElement) {
  const win = el.ownerDocument.defaultView!;
  for (let i = 0; i < 6; i++) {
    const before = coversAll(el);
    if (!before) selectAll(el);
    await nextFrame(win);
    if (before && coversAll(el)) return;
  }
}

/** Empty an editor (select all, then its family's delete), read back on the next frames. */
export async function clearEditor(el: HTMLElement, boundMs = 1000): Promise<boolean> {
  if (editorText(el) === '') return true;
  const win = el.ownerDocument.defaultView!;
  for (const how of DELETES[editorFamily(el)]) {
    await selectAllAndSettle(el);
    const taken = deleteSelection(el, how);
    if (await settle(win, () => editorText(el) === '', taken ? boundMs : UNTAKEN_MS)) return true;
  }
  return false;
}

/**
 * Replace an editor's whole content with `text`: select all, insert by the family's first method,
 * read back on the next frames, and only when that did not give exactly the text, clear what it
 * left and try the next method. Filling twice leaves one copy.
 */
export async function fillEditor(el: HTMLElement, text: string, boundMs = 1500): Promise<ComposeResult> {
  const win = el.ownerDocument.defaultView!;
  const want = norm(text);
  const family = editorFamily(el);
  const methods = METHODS[family];
  if (editorText(el) === want) return { ok: true, method: methods[0]! }; // already there: nothing to add
  for (const [i, method] of methods.entries()) {
    if (i > 0 && !(await clearEditor(el, boundMs))) break; // a try left text that cannot be removed: stop
    await selectAllAndSettle(el);
    const taken =
      method === 'paste' ? paste(el, text) : method === 'beforeinput' ? beforeInput(el, 'insertText', text) : execInsert(el, text);
    // A try the editor took gets the whole bound: Lexical and React 18 commit late.
    if (await settle(win, () => editorText(el) === want, taken ? boundMs : UNTAKEN_MS)) return { ok: true, method };
  }
  return { ok: false, reason: 'notInserted' };
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
 * Whether an editor is the post composer: not a box that must never be filled (a reply, comment or
 * message box, or anything inside one), and when it sits in a dialog, that dialog is a post dialog.
 */
export function isPostComposer(el: HTMLElement, selectors: Pick<ComposerSelectors, 'neverFill' | 'postDialog'>): boolean {
  if (el.closest(selectors.neverFill)) return false;
  const dialog = el.closest('[role="dialog"], dialog');
  if (dialog && selectors.postDialog && !dialog.matches(selectors.postDialog)) return false;
  return true;
}

/**
 * The post composer's editors in the order they are written: those of an open post dialog first
 * (it is on top), never a reply, comment or message box.
 */
export function postEditors(doc: Document, selectors: ComposerSelectors): HTMLElement[] {
  const all = [...doc.querySelectorAll<HTMLElement>(selectors.editor)].filter((el) => isPostComposer(el, selectors));
  // An editor nested in another match (a wrapper and its contenteditable) counts once: the inner one.
  const editors = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
  const inDialog = editors.filter((el) => el.closest('[role="dialog"], dialog'));
  return inDialog.length ? inDialog : editors;
}

/**
 * Find the platform's post composer, opening it with its "new post" button when the page shows
 * none (a post page with only a reply box, say). A reply or comment box is never used.
 */
export async function findPostComposer(doc: Document, selectors: ComposerSelectors, timeoutMs = 4000): Promise<HTMLElement | null> {
  const first = () => postEditors(doc, selectors)[0] ?? null;
  const found = first();
  if (found) return found;
  const open = [...doc.querySelectorAll<HTMLElement>(selectors.openButton)].find((b) => !b.closest(selectors.neverFill));
  if (!open) return null;
  open.click();
  return waitFor(first, timeoutMs);
}

/** What each composer's file input was last given, so a second fill does not attach the same images again. */
const ATTACHED = new WeakMap<HTMLInputElement, string>();

/**
 * Attach images the way the composer accepts them: through its own file input when there is one
 * (a change event with the files), else a synthetic paste of the files into the editor, which
 * counts only when the site handled it (prevented the default).
 */
export function attachFiles(editor: HTMLElement, files: File[], input: HTMLInputElement | null): ComposeReport['media'] {
  if (!files.length) return 'none';
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  if (input) {
    // The same images into the same composer once: a second "Post now" does not add them again.
    const key = files.map((f) => `${f.name}:${f.type}:${f.size}`).join('|');
    if (ATTACHED.get(input) === key) return 'attached';
    ATTACHED.set(input, key);
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
 * Fill a whole draft into the post composer: the first post, its images, then each following post
 * of a thread, in the thread's next editor (one opened with the composer's "add post" button when
 * it has fewer). Every editor's content is replaced, and editors past the draft's parts are emptied,
 * so a second fill leaves the same thread, not two. Each post is read back from its editor. The
 * site's Post button is never pressed: the user confirms.
 */
export async function composeInPage(
  doc: Document,
  selectors: ComposerSelectors,
  parts: readonly string[],
  files: File[],
  timeoutMs = 4000,
): Promise<ComposeReport> {
  const none = files.length ? 'notSupported' : 'none';
  const first = await findPostComposer(doc, selectors, timeoutMs);
  if (!first) return { ok: false, reason: 'noComposer', filled: 0, media: none };
  const done = await fillEditor(first, parts[0] ?? '');
  if (!done.ok) return { ok: false, reason: 'notInserted', filled: 0, media: none };
  // The composer's own controls: those in the editor's dialog when it is in one, never a reply box's.
  const scope: ParentNode = first.closest('[role="dialog"], dialog') ?? doc;
  const control = (selector?: string) =>
    selector ? ([...scope.querySelectorAll<HTMLElement>(selector)].find((el) => !el.closest(selectors.neverFill)) ?? null) : null;
  const media = attachFiles(first, files, control(selectors.fileInput) as HTMLInputElement | null);
  let filled = 1;
  for (const [i, part] of parts.entries()) {
    if (i === 0) continue;
    let editor: HTMLElement | null = postEditors(doc, selectors)[i] ?? null;
    if (!editor) {
      const add = control(selectors.addPost);
      if (!add) return { ok: false, reason: 'noThread', filled, media };
      add.click();
      editor = await waitFor(() => postEditors(doc, selectors)[i] ?? null, timeoutMs);
    }
    if (!editor || !(await fillEditor(editor, part)).ok) return { ok: false, reason: 'notInserted', filled, media };
    filled++;
  }
  // A longer thread filled before left posts past this one's end: empty them.
  for (const extra of postEditors(doc, selectors).slice(parts.length)) await clearEditor(extra);
  return { ok: true, filled, media };
}
