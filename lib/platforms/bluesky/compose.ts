import type { PostingFacts } from '../definition';
import { dom } from './selectors';

/** Bluesky: fill its composer (ProseMirror/TipTap), threads with "Add another post"; fallback: its intent page. */
export const posting: PostingFacts = {
  mode: 'inPage',
  home: 'https://bsky.app/',
  threads: true,
  // An app password creates a session once; it is never stored.
  api: {
    fields: [
      { name: 'service', label: 'optionsBlueskyService', initial: 'https://bsky.social' },
      { name: 'identifier', label: 'optionsBlueskyHandle' },
      { name: 'password', label: 'optionsBlueskyPassword', secret: true },
    ],
  },
  byDefault: true,
  composer: dom.composer,
  fallback: (text) => ({ url: `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}`, clipboard: false }),
};
