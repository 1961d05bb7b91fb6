/**
 * TikTok. Evidence: the realdata README's notes on what maintained capture tools read in 2026 (no
 * licensed raw capture exists): item_list endpoints, __UNIVERSAL_DATA_FOR_REHYDRATION__, statsV2.
 */
export const TIKTOK_HOSTS = ['tiktok.com'] as const;
/** /api/preload/item_list/ is preload data and is not forwarded. */
export const TIKTOK_NETWORK_URL_RE =
  /^https:\/\/(?:www\.|m\.)?tiktok\.com\/api\/(?:post\/item_list|creator\/item_list|recommend\/item_list|related\/item_list|item\/detail|user\/detail|search\/(?:general|item)\/full)\/?(?:[?#]|$)/;

export const dom = {
  rehydration: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
  /** Video tiles and the video page link to /@user/video/<id>. */
  post: 'a[href*="/video/"], [data-e2e="user-post-item"], [data-e2e="recommend-list-item-container"]',
  followers: '[data-e2e="followers-count"]',
  following: '[data-e2e="following-count"]',
} as const;

/** Pages the content scripts run on (also the extension's host permissions for tiktok). */
export const MATCHES = ['https://www.tiktok.com/*'] as const;
