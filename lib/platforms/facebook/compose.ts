import { shareFirstLink } from '../share';
import type { PlatformPosting } from '../types';
import { dom } from './selectors';

/** Facebook: fill its composer (Lexical); fallback: the sharer URL for a link, with the text on the clipboard. */
export const posting: PlatformPosting = {
  mode: 'inPage',
  composer: dom.composer,
  fallback: (text) => shareFirstLink(text, (link) => `https://www.facebook.com/sharer/sharer.php?u=${link}`, 'https://www.facebook.com/'),
};
