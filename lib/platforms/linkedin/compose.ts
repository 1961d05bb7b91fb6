import { findUrls } from '../../compose/entities';
import type { PlatformPosting } from '../types';
import { dom } from './selectors';

/** LinkedIn: fill its composer (Quill); fallback: the share-offsite URL for a link, with the text on the clipboard. */
export const posting: PlatformPosting = {
  mode: 'inPage',
  composer: dom.composer,
  fallback: (text) => {
    const link = findUrls(text)[0]?.value;
    return {
      url: link ? `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(link)}` : 'https://www.linkedin.com/feed/',
      clipboard: true,
    };
  },
};
