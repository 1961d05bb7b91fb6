import { HOST_PERMISSIONS } from './platforms/registry';

/**
 * The documented permission set. A test compares the built manifest against these lists,
 * so a new permission must be added here on purpose (and to the README's Security section).
 */
export const MANIFEST_PERMISSIONS = ['storage', 'alarms', 'notifications', 'sidePanel', 'contextMenus'] as const;

/**
 * Asked for at run time only: the Mastodon instance the user connects (its origin alone is
 * requested, from the options page). Nothing else is optional.
 */
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*'] as const;

/**
 * Host access only for the supported platforms: exactly the pages the content scripts run on
 * (each platform definition's `matches`, collected by the registry). It adds no install warning
 * beyond the content scripts' own, and lets the background find an open platform tab (tabs.query
 * by URL) and the side panel read the active tab's URL, without "tabs".
 */
export { HOST_PERMISSIONS };
