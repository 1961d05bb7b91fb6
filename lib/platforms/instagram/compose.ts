import type { PostingFacts } from '../definition';

/** Instagram has no web composer that takes text from outside: the caption goes to the clipboard and the create flow opens. */
export const posting: PostingFacts = {
  mode: 'upload',
  fallback: () => ({ url: 'https://www.instagram.com/create/select/', clipboard: true }),
};
