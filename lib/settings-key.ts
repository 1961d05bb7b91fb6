/**
 * Where the settings are stored. Its own module so a content script can read its platform's
 * capture switch without bundling lib/settings.ts, which lists every platform through the registry.
 */
export const SETTINGS_KEY = 'local:settings';
