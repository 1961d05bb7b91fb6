/**
 * Facebook. Evidence: ../shared/realdata/facebook/m-story.html (m.facebook.com, 2021: data-ft JSON
 * and MLiveData counters) and the realdata README's notes on www's Relay payloads in 2026.
 */
export const FACEBOOK_HOSTS = ['facebook.com', 'm.facebook.com', 'web.facebook.com'] as const;
export const FACEBOOK_NETWORK_URL_RE = /^https:\/\/(?:www\.|m\.|web\.)?facebook\.com\/api\/graphql\/?(?:[?#]|$)/;

export const dom = {
  /** m.facebook.com stories carry their ids and time in a data-ft JSON attribute. */
  story: '[data-ft*="top_level_post_id"]',
  /** www renders posts as role=article; used only to notice a layout we cannot read. */
  post: '[data-ft*="top_level_post_id"], [role="article"][aria-posinset], [data-pagelet^="FeedUnit"]',
  followers: 'a[href*="/followers"]',
  composer: {
    editor: '[role="dialog"] [contenteditable="true"][role="textbox"]',
    openButton: '[aria-label="Create a post"], [aria-label="Buat postingan"]',
    fileInput: '[role="dialog"] input[type="file"][accept*="image"]',
    /**
     * Never filled: comment and reply boxes (labelled "Write a comment…", "Reply to …"), also when a
     * post opens as a dialog, and Messenger's chat box. The post dialog is the one with the "Add to
     * your post" row (photo, tag, feeling), which a post viewer's dialog does not have.
     */
    neverFill:
      '[aria-label^="Write a comment"], [aria-label^="Comment as"], [aria-label^="Reply to"], [aria-label^="Write a reply"], [aria-label^="Tulis komentar"], [aria-label^="Balas"], [aria-label^="Message"], [aria-label^="Kirim pesan"]',
    postDialog: '[role="dialog"]:has([aria-label="Add to your post"], [aria-label="Tambahkan ke postingan Anda"])',
  },
} as const;

/** Path segments that are not a page's vanity name. */
export const RESERVED_PATHS = new Set([
  'story.php',
  'photo.php',
  'profile.php',
  'permalink.php',
  'r.php',
  'comment',
  'browse',
  'groups',
  'watch',
  'hashtag',
  'photos',
  'videos',
  'events',
  'login',
  'home.php',
  'ufi',
  'a',
  'sharer',
  'notifications',
]);

/** Pages the content scripts run on (also the extension's host permissions for facebook). */
export const MATCHES = ['https://www.facebook.com/*', 'https://m.facebook.com/*', 'https://web.facebook.com/*'] as const;
