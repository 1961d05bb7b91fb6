import type { PostingFacts } from '../definition';
import { dom } from './selectors';

/** X: fill its composer (Draft.js), threads with its "+" button; fallback: X's intent page, which pre-fills it. */
export const posting: PostingFacts = {
  mode: 'inPage',
  home: 'https://x.com/compose/post',
  threads: true,
  byDefault: true,
  quick: true,
  composer: dom.composer,
  fallback: (text) => ({ url: `https://x.com/intent/post?text=${encodeURIComponent(text)}`, clipboard: false }),
};
