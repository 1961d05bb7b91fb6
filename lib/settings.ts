import { storage } from '@wxt-dev/storage';

/**
 * The quick composer's text, saved as the user types, so closing the popup (or the worker dying)
 * never loses what was being written. Versioned like every stored setting.
 */
export const composerTextItem = storage.defineItem<string>('local:composerText', { fallback: '', version: 1 });
