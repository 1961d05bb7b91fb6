import { shareFirstLink } from '../../compose/share-link';
import type { PostingFacts } from '../definition';
import { dom } from './selectors';

/** Facebook: fill its composer (Lexical); fallback: the sharer URL for a link, with the text on the clipboard. */
export const posting: PostingFacts = {
  mode: 'inPage',
  home: 'https://www.facebook.com/',
  composer: dom.composer,
  fallback: (text) => shareFirstLink(text, (link) => `https://www.facebook.com/sharer/sharer.php?u=${link}`, 'https://www.facebook.com/'),
};
