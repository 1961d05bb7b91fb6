import { fillComposer } from '../editor';
import type { ComposeResult } from '../types';
import { dom } from './selectors';

/** Fallback when the native composer cannot be filled: X's own intent page pre-fills it. */
export const xIntentUrl = (text: string) => `https://x.com/intent/post?text=${encodeURIComponent(text)}`;

/**
 * Find X's composer on this page, opening it with the "Post" nav link if needed, and insert the
 * text so that X's editor (Draft.js) sees it. Never presses X's Post button: the user confirms.
 */
export const fillXComposer = (doc: Document, text: string, timeoutMs = 4000): Promise<ComposeResult> =>
  fillComposer(doc, dom.composer, text, timeoutMs);
