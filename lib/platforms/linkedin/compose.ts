import { fillComposer } from '../editor';
import type { ComposeResult } from '../types';
import { dom } from './selectors';

/** Fallback for links: LinkedIn's share-offsite URL. */
export const linkedinShareUrl = (link: string) => `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(link)}`;

export const fillLinkedinComposer = (doc: Document, text: string, timeoutMs = 4000): Promise<ComposeResult> =>
  fillComposer(doc, dom.composer, text, timeoutMs);
