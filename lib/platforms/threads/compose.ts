import type { PostingFacts } from '../definition';
import { dom } from './selectors';

const EMOJI = /\p{Extended_Pictographic}/u;

/** Threads: fill its composer (Lexical); fallback: its intent page, or the clipboard when there is an emoji (the intent page mangles them). */
export const posting: PostingFacts = {
  mode: 'inPage',
  home: 'https://www.threads.com/',
  threads: true,
  composer: dom.composer,
  fallback: (text) =>
    EMOJI.test(text)
      ? { url: 'https://www.threads.com/', clipboard: true }
      : { url: `https://www.threads.com/intent/post?text=${encodeURIComponent(text)}`, clipboard: false },
};
