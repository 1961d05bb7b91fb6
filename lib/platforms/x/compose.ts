import type { PlatformPosting } from '../types';
import { dom } from './selectors';

/** X: fill its composer (Draft.js), threads with its "+" button; fallback: X's intent page, which pre-fills it. */
export const posting: PlatformPosting = {
  mode: 'inPage',
  composer: dom.composer,
  fallback: (text) => ({ url: `https://x.com/intent/post?text=${encodeURIComponent(text)}`, clipboard: false }),
};
