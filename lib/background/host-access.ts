import { browser } from 'wxt/browser';
import { PLATFORMS } from '../platforms/registry';

/** The platforms whose pages Pantau may not read in this browser, and what to ask for. */
export interface HostAccess {
  /** Display names of the platforms without access, in list order. */
  names: string[];
  /** Each such platform's main host ("x.com"), for the prompt's words. */
  hosts: string[];
  /** Every match pattern to request, so one prompt grants them all. */
  origins: string[];
}

/**
 * Which platforms lack host access. Chrome grants host_permissions at install (a user can still
 * withdraw them); Firefox treats MV3 host permissions as the user's to give and take per site,
 * so the popup and side panel ask when any are missing.
 */
export async function missingHostAccess(): Promise<HostAccess> {
  const granted = await Promise.all(PLATFORMS.map((p) => browser.permissions.contains({ origins: [...p.matches] }).catch(() => true)));
  const missing = PLATFORMS.filter((_, i) => !granted[i]);
  return {
    names: missing.map((p) => p.name),
    hosts: missing.map((p) => p.hosts[0] ?? p.name),
    origins: [...new Set(missing.flatMap((p) => p.matches))],
  };
}

/**
 * Ask the user for these origins. The browser shows its own prompt, and only within a user gesture:
 * call this straight from the click handler, before any await. Resolves whether it was granted.
 */
export function requestHostAccess(origins: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: [...origins] }).catch(() => false);
}

/** Call back when the user grants or withdraws a permission (here, in the add-ons manager, or the site menu). */
export function watchHostAccess(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
