import type { PlatformPosting } from '../types';
import { dom } from './selectors';

/** Bluesky: fill its composer (ProseMirror/TipTap), threads with "Add another post"; fallback: its intent page. */
export const posting: PlatformPosting = {
  mode: 'inPage',
  composer: dom.composer,
  fallback: (text) => ({ url: `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}`, clipboard: false }),
};
