import { fillComposer } from '../editor';
import type { ComposeResult } from '../types';
import { dom } from './selectors';

/** Fallback for links: Facebook's sharer. */
export const facebookSharerUrl = (link: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`;

export const fillFacebookComposer = (doc: Document, text: string, timeoutMs = 4000): Promise<ComposeResult> =>
  fillComposer(doc, dom.composer, text, timeoutMs);
