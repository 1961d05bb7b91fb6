import { shareFirstLink } from '../share';
import type { PlatformPosting } from '../types';
import { dom } from './selectors';

/** LinkedIn: fill its composer (Quill); fallback: the share-offsite URL for a link, with the text on the clipboard. */
export const posting: PlatformPosting = {
  mode: 'inPage',
  composer: dom.composer,
  fallback: (text) =>
    shareFirstLink(text, (link) => `https://www.linkedin.com/sharing/share-offsite/?url=${link}`, 'https://www.linkedin.com/feed/'),
};
