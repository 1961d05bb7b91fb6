/**
 * Instagram. Evidence: the realdata README's notes on what maintained capture tools read in 2026
 * (no raw capture with a clear licence exists): xdt GraphQL connections, REST /api/v1 feeds,
 * `for (;;);` prefixes, hidden like counts, and profile JSON embedded in data-sjs blocks.
 */
export const INSTAGRAM_HOSTS = ['instagram.com'] as const;
export const INSTAGRAM_NETWORK_URL_RE =
  /^https:\/\/(?:www\.|i\.)?instagram\.com\/(?:graphql\/query|api\/graphql|api\/v1\/(?:feed\/[\w/.-]*|media\/\d+\/info|clips\/[\w/-]*|users\/web_profile_info|users\/\d+\/info|tags\/[\w/-]*|discover\/[\w/-]*))(?:[/?#]|$)/;

export const dom = {
  embedded: 'script[data-sjs]',
  /** Posts on screen: their permalinks. */
  post: 'article a[href*="/p/"], article a[href*="/reel/"], a[href^="/p/"], a[href^="/reel/"]',
  /** "1,234 Followers, 56 Following, 78 Posts - See Instagram photos and videos from …" */
  profileDescription: 'meta[name="description"], meta[property="og:description"]',
} as const;

/** Pages the content scripts run on (also the extension's host permissions for instagram). */
export const MATCHES = ['https://www.instagram.com/*'] as const;
