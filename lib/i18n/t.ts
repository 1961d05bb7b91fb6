import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { getSettings, normaliseSettings, settingsItem } from '../settings';
import { formattingLocale } from './ui-locale';

type Catalog = Record<string, { message: string }>;
let override: Catalog | undefined;

/**
 * UI strings. chrome.i18n always follows the browser's language; when the user picks English or
 * Bahasa Indonesia in settings, the chosen catalog (the same _locales file) is used instead. The
 * pages load it before their first render, the background before it words a notification or menu.
 */
export const t = ((key: string, substitutions?: Array<string | number>) => {
  const entry = override?.[key];
  if (!entry) return (i18n.t as (k: string, s?: Array<string | number>) => string)(key, substitutions);
  return entry.message.replace(/\$(\d)/g, (_, n: string) => String(substitutions?.[Number(n) - 1] ?? ''));
}) as typeof i18n.t;

/** The language setting the catalog was last chosen for (so a watch acts only on a change of it). */
let loadedLanguage: string | undefined;

/** Apply the language setting before the first render; returns the locale for Intl formatting. */
export async function loadUiLanguage(): Promise<string> {
  const browserLocale = formattingLocale(i18n.t('uiLocale'), browser.i18n.getUILanguage());
  let lang: string = 'auto';
  try {
    lang = (await getSettings()).language;
  } catch {
    // settings unreadable: follow the browser
  }
  loadedLanguage = lang;
  if (lang === 'auto' || lang === i18n.t('uiLocale')) {
    override = undefined;
    return browserLocale;
  }
  try {
    override = catalogs.get(lang) ?? (await loadCatalog(lang));
    return lang;
  } catch {
    override = undefined;
    return browserLocale;
  }
}

/**
 * Calls back with the new formatting locale whenever the language setting changes, in this page
 * or any other (storage change events reach every extension page), once the catalog is loaded.
 * Returns the unwatch function.
 */
export function watchUiLanguage(onChange: (locale: string) => void): () => void {
  return settingsItem.watch((next) => {
    if (normaliseSettings(next).language === loadedLanguage) return;
    void loadUiLanguage().then(onChange);
  });
}

// The background calls loadUiLanguage before every notification and menu title (the worker can
// start any time, and the setting change): each catalog is fetched once per worker.
const catalogs = new Map<string, Catalog>();
async function loadCatalog(lang: string): Promise<Catalog> {
  const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/popup.html'));
  const catalog = (await res.json()) as Catalog;
  catalogs.set(lang, catalog);
  return catalog;
}
