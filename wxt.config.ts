import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import {
  FIREFOX_GECKO,
  HOST_PERMISSIONS,
  MANIFEST_PERMISSIONS,
  OPTIONAL_HOST_PERMISSIONS,
  permissionsFor,
} from './lib/manifest-permissions';

// Docs: https://wxt.dev/api/config.html
export default defineConfig({
  // House style: explicit imports only, so grep and vitest mocking stay simple.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module', '@wxt-dev/webextension-polyfill'],
  i18n: { localesDir: fileURLToPath(new URL('./lib/i18n/locales', import.meta.url)) },
  // Firefox (`wxt build -b firefox --mv3`): an add-on id and minimum version, no "sidePanel" permission
  // (WXT turns the side panel into sidebar_action there) and no minimum_chrome_version. README: Firefox.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: permissionsFor(browser, MANIFEST_PERMISSIONS),
    host_permissions: [...HOST_PERMISSIONS],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    commands: {
      'open-composer': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandOpenComposer__' },
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: FIREFOX_GECKO } } : { minimum_chrome_version: '116' }),
  }),
});
