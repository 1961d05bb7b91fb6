/**
 * YouTube. Evidence: ../shared/realdata/youtube/* (InnerTube browse/search/next/player, 2026, hl=en-GB):
 * videoRenderer (exact views), lockupViewModel and shortsLockupViewModel (display strings only),
 * watch page counts, channel header (3 significant digits).
 */
export const YOUTUBE_HOSTS = ['youtube.com', 'm.youtube.com'] as const;
export const YOUTUBE_NETWORK_URL_RE =
  /^https:\/\/(?:www\.|m\.)?youtube\.com\/youtubei\/v1\/(?:browse|next|search|player|reel\/reel_item_watch)\/?(?:[?#]|$)/;

export const dom = {
  /** Inline scripts that assign ytInitialData / ytInitialPlayerResponse. */
  scripts: 'script',
  /** Video tiles and the watch page. */
  post: 'ytd-rich-item-renderer, ytd-video-renderer, ytd-grid-video-renderer, ytd-reel-item-renderer, ytm-shorts-lockup-view-model, yt-lockup-view-model, ytd-watch-metadata',
} as const;

/** Words that mark a views count in a display string, by language (the number comes first). */
export const VIEWS_WORDS = /\b(?:views?|x ditonton|ditonton|tayangan|Aufrufe|vues|visualizaciones|visualizações|просмотр)/i;

/** Pages the content scripts run on (also the extension's host permissions for youtube). */
export const MATCHES = ['https://www.youtube.com/*', 'https://m.youtube.com/*'] as const;
