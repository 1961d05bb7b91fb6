import { findUrls } from './entities';

/**
 * A share-a-link fallback (LinkedIn, Facebook): their share pages take a URL, not text, so the
 * first link of the text is shared and the text goes to the clipboard; without a link, the home page.
 */
export const shareFirstLink = (text: string, shareUrl: (link: string) => string, home: string) => {
  const link = findUrls(text)[0]?.value;
  return { url: link ? shareUrl(encodeURIComponent(link)) : home, clipboard: true };
};
