/**
 * Firefox E2E harness: Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core), Pantau's
 * Firefox build installed as a temporary add-on, pages served at their real URLs by BiDi request
 * interception (the Chromium harness's serve() works unchanged), and state read from an extension page.
 *
 * Firefox differs from Chromium here in three ways, each handled below:
 * - moz-extension:// hosts are a random UUID per profile: the pref extensions.webextensions.uuids,
 *   set before launch, fixes it for Pantau's add-on id.
 * - BiDi refuses to navigate a tab to moz-extension:// unless the remote agent may reach
 *   privileged pages (MOZ_REMOTE_ALLOW_SYSTEM_ACCESS), and then does not report that navigation's
 *   load: openExtensionPage waits for the document itself.
 * - MV3 host permissions are the user's to give: `hostAccess: false` starts without them (the
 *   state a user who declined is in), and optional-permission prompts are answered "allow" so a
 *   click on Pantau's own "Grant access" button grants them, as the user's click would.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { E2E_TIME_ZONE, ROOT, waitFor } from '../e2e/harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Any fixed v4 UUID: Pantau's pages are moz-extension://<this>/… in every test profile. */
export const EXTENSION_UUID = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

export interface FirefoxSession {
  browser: Browser;
  /** The add-on's host, as the Chromium harness's extensionId. */
  extensionId: string;
  origin: string;
  close(): Promise<void>;
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** Firefox with Pantau's Firefox build installed; `hostAccess: false` starts with no host permission granted. */
export async function launchFirefox(opts: { hostAccess?: boolean; timeZone?: string } = {}): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('Build first: npm run build:firefox');
  const profile = mkdtempSync(join(tmpdir(), 'pantau-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
      // Firefox grants an MV3 add-on's host_permissions at install when this is true (its default).
      'extensions.originControls.grantByDefault': opts.hostAccess !== false,
      'extensions.webextOptionalPermissionPrompts': false,
    },
    env: { ...process.env, TZ: opts.timeZone ?? E2E_TIME_ZONE, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    extensionId: EXTENSION_UUID,
    origin: `moz-extension://${EXTENSION_UUID}`,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** An extension page as a tab (popup.html, sidepanel.html), ready once its document has loaded. */
export async function openExtensionPage(s: FirefoxSession, path: string, viewport = { width: 400, height: 640 }): Promise<Page> {
  const page = await s.browser.newPage();
  await page.setViewport(viewport);
  const url = `${s.origin}/${path}`;
  // The navigation happens, but BiDi reports no load event for a moz-extension document.
  void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  // Polled by hand: an evaluation that meets the document being replaced fails, and is retried.
  await waitFor(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), `${path} to load`, 15_000);
  return page;
}
