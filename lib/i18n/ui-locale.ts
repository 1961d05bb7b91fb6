/**
 * The locale for Intl formatting: the language of the message catalog actually shown (so dates
 * and numbers match the words), with the browser's regional variant when the languages agree
 * ("en-GB" keeps its date order). Chrome can report a UI language that differs from the catalog
 * it picked (seen in headless Chromium with --lang=id: catalog "id", getUILanguage() "en-US").
 */
export function formattingLocale(catalogLocale: string, uiLanguage: string): string {
  const catalog = catalogLocale.replace('_', '-') || 'en';
  const ui = uiLanguage.replace('_', '-');
  return ui.toLowerCase().split('-')[0] === catalog.toLowerCase().split('-')[0] ? ui : catalog;
}
