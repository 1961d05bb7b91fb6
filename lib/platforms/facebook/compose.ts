import { findUrls } from '../../compose/entities';
import type { PlatformPosting } from '../types';
import { dom } from './selectors';

/** Facebook: fill its composer (Lexical); fallback: the sharer URL for a link, with the text on the clipboard. */
export const posting: PlatformPosting = {
  mode: 'inPage',
  composer: dom.composer,
  fallback: (text) => {
    const link = findUrls(text)[0]?.value;
    return {
      url: link ? `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}` : 'https://www.facebook.com/',
      clipboard: true,
    };
  },
};
