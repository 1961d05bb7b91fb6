import type { PostingFacts } from '../definition';

/** TikTok has no web composer that takes text from outside: the caption goes to the clipboard and TikTok Studio's upload page opens. */
export const posting: PostingFacts = {
  mode: 'upload',
  fallback: () => ({ url: 'https://www.tiktok.com/tiktokstudio/upload', clipboard: true }),
};
