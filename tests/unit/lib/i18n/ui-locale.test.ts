import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formattingLocale } from '@/lib/i18n/ui-locale';

describe('formattingLocale', () => {
  it.each([
    ['en', 'en-GB', 'en-GB'],
    ['en', 'en-US', 'en-US'],
    ['id', 'en-US', 'id'],
    ['id', 'id', 'id'],
    ['en', 'de-DE', 'en'],
  ])('catalog %s, browser %s → %s', (catalog, ui, out) => expect(formattingLocale(catalog, ui)).toBe(out));
});

describe('message catalogs', () => {
  const keys = (lang: string) =>
    readFileSync(join(import.meta.dirname, '../../../../lib/i18n/locales', `${lang}.yml`), 'utf8')
      .split('\n')
      .filter((l) => /^\w+:/.test(l))
      .map((l) => l.split(':')[0]);
  it('English and Indonesian have the same keys', () => expect(keys('id').sort()).toEqual(keys('en').sort()));
});
