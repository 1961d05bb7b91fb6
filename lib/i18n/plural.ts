import { t } from './t';

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in the language of the catalog shown ("one" and "other" in English; Indonesian has only "other"). */
export function pluralCategory(n: number): Intl.LDMLPluralRule {
  const lang = t('uiLocale');
  let r = rules.get(lang);
  if (!r) {
    try {
      r = new Intl.PluralRules(lang);
    } catch {
      r = new Intl.PluralRules('en');
    }
    rules.set(lang, r);
  }
  return r.select(n);
}

/**
 * A message with a count in it, in the right plural form. The catalog holds one key per form the
 * languages need, `<key>_one` and `<key>_other` (Indonesian writes both alike), and `$1` is the
 * count as shown: pass `shown` to word it (a locale-formatted "2,5 rb"), else the plain number.
 * @wxt-dev/i18n's own plural forms follow English's rule only, so the rule comes from Intl.PluralRules.
 */
export function tp(key: string, n: number, shown?: string, more: Array<string | number> = []): string {
  const form = pluralCategory(n);
  const subs = [shown ?? String(n), ...more];
  const tr = t as unknown as (k: string, s?: Array<string | number>) => string;
  const exact = tr(`${key}_${form}`, subs);
  // A missing key answers '' (chrome.i18n) or the key itself (test doubles): fall back to "other".
  return exact && exact !== `${key}_${form}` ? exact : tr(`${key}_other`, subs);
}
