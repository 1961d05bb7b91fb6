import { fillComposer } from '../editor';
import type { ComposeResult } from '../types';
import { dom } from './selectors';

/** Fallback: Threads' intent page (it mangles emoji, so callers copy to the clipboard instead when there is one). */
export const threadsIntentUrl = (text: string) => `https://www.threads.com/intent/post?text=${encodeURIComponent(text)}`;

export const fillThreadsComposer = (doc: Document, text: string, timeoutMs = 4000): Promise<ComposeResult> =>
  fillComposer(doc, dom.composer, text, timeoutMs);
