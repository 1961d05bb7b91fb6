import { HOST_PERMISSIONS } from './platforms/registry';

/**
 * The documented permission set. A test compares the built manifest against these lists,
 * so a new permission must be added here on purpose (and to the README's Security section).
 */
export const MANIFEST_PERMISSIONS = ['storage', 'alarms', 'notifications', 'sidePanel', 'contextMenus'] as const;

/** Permissions Chrome knows but Firefox does not: its side panel is the manifest's sidebar_action, no permission. */
const CHROME_ONLY_PERMISSIONS: readonly string[] = ['sidePanel'];

/** The manifest's permissions for one build target (WXT's `browser`: 'chrome', 'firefox', ...). */
export function permissionsFor(browser: string, permissions: readonly string[]): string[] {
  return browser === 'firefox' ? permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p)) : [...permissions];
}

/**
 * Firefox's browser_specific_settings.gecko. The id is fixed so storage, the moz-extension UUID
 * map and updates follow one add-on. 140 is the first Firefox that reads data_collection_permissions
 * (and an ESR); world: "MAIN" content scripts need 128, puppeteer's installExtension 138.
 * Nothing leaves the machine for us: direct posting sends the user's own post, on their click,
 * to the server they connected.
 */
export const FIREFOX_GECKO = {
  id: 'pantau@pantau.app',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};

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
