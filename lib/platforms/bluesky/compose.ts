import { fillComposer } from '../editor';
import type { ComposeResult } from '../types';
import { dom } from './selectors';

/** Fallback: Bluesky's intent page opens its composer with the text. */
export const blueskyIntentUrl = (text: string) => `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}`;

/** Open bsky.app's composer (its compose button) and insert the text; the user presses Post. */
export const fillBlueskyComposer = (doc: Document, text: string, timeoutMs = 4000): Promise<ComposeResult> =>
  fillComposer(doc, dom.composer, text, timeoutMs);
