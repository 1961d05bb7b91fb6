/**
 * The documented permission set. A test compares the built manifest against these lists,
 * so a new permission must be added here on purpose (and to the README's Security section).
 */
export const MANIFEST_PERMISSIONS = ['storage', 'alarms', 'notifications', 'sidePanel'] as const;

/**
 * Host access only for the supported platforms. Content scripts already imply these hosts;
 * listing them lets the background find an open X tab (tabs.query by URL) without "tabs".
 */
export const HOST_PERMISSIONS = ['https://x.com/*', 'https://twitter.com/*'] as const;
