import { shareFirstLink } from '../../compose/share-link';
import type { PostingFacts } from '../definition';
import { dom } from './selectors';

/** LinkedIn: fill its composer (Quill); fallback: the share-offsite URL for a link, with the text on the clipboard. */
export const posting: PostingFacts = {
  mode: 'inPage',
  home: 'https://www.linkedin.com/feed/',
  byDefault: true,
  composer: dom.composer,
  fallback: (text) =>
    shareFirstLink(text, (link) => `https://www.linkedin.com/sharing/share-offsite/?url=${link}`, 'https://www.linkedin.com/feed/'),
};
