import type { PostingFacts } from '../definition';

/** YouTube has no web composer that takes text from outside: the title (first line) and description go to the clipboard and the upload page opens. */
export const posting: PostingFacts = { mode: 'upload', fallback: () => ({ url: 'https://www.youtube.com/upload', clipboard: true }) };
