import { describe, expect, it } from 'vitest';
import { parseCount, toCount } from '@/lib/parse-kit/counts';

// [text, page lang, value, exact]; undefined value = "not a count, store nothing".
const CASES: Array<[string, string, number | undefined, boolean?]> = [
  // exact, English grouping
  ['553', 'en', 553, true],
  // object-prototype names are not suffixes (found by the fuzzer: "0__proto__" gave NaN)
  ['0__proto__', 'en', undefined],
  ['1constructor', 'id', undefined],
  ['2toString', 'de', undefined],
  ['0', 'en', 0, true],
  ['1,545,374', 'en', 1545374, true],
  ['30142', 'en', 30142, true],
  // X / YouTube abbreviations (truncated → lower bounds)
  ['2.3K', 'en', 2300, false],
  ['25K', 'en', 25000, false],
  ['29.9K', 'en', 29900, false],
  ['2.5M', 'en', 2500000, false],
  ['1.2B', 'en', 1200000000, false],
  ['2.9m', 'en-GB', 2900000, false],
  ['8.84k', 'en-GB', 8840, false],
  ['229k', 'en-GB', 229000, false],
  // Indonesian: comma decimal, rb / jt / M (miliar)
  ['1,2 rb', 'id', 1200, false],
  ['3,4 jt', 'id', 3400000, false],
  ['12 rb', 'id', 12000, false],
  ['1,2 M', 'id', 1200000000, false],
  ['1.234', 'id', 1234, true],
  ['1.545.374', 'id', 1545374, true],
  ['10,5\u202Fjt', 'id', 10500000, false],
  // German
  ['1,2 Mio.', 'de', 1200000, false],
  ['3,5 Mrd.', 'de', 3500000000, false],
  ['1.234', 'de', 1234, true],
  ['12.345.678', 'de-DE', 12345678, true],
  // French, with narrow no-break spaces
  ['1,2\u202Fk', 'fr', 1200, false],
  ['1\u202F545\u202F374', 'fr', 1545374, true],
  ['2,5 M', 'fr', 2500000, false],
  // Spanish / Portuguese
  ['1,2 mil', 'es', 1200, false],
  ['10,5M', 'es', 10500000, false],
  ['1,2 mi', 'pt-BR', 1200000, false],
  // Polish, Russian
  ['1,2 tys.', 'pl', 1200, false],
  ['1,2 тыс.', 'ru', 1200, false],
  ['3,4 млн', 'ru', 3400000, false],
  // CJK 10^4 units
  ['1.2万', 'ja', 12000, false],
  ['3億', 'ja', 300000000, false],
  ['1.2만', 'ko', 12000, false],
  ['5.6亿', 'zh-CN', 560000000, false],
  // South Asia
  ['1.2 लाख', 'hi', 120000, false],
  ['2.5 करोड़', 'hi', 25000000, false],
  // not counts: store nothing, never a guess
  ['', 'en', undefined],
  ['Like', 'en', undefined],
  ['1.234', 'en', undefined],
  ['1,2', 'en', undefined],
  ['12abc', 'en', undefined],
  ['-5', 'en', undefined],
  ['2.3X', 'en', undefined],
  ['1,23,456', 'en', undefined],
];

describe('parseCount', () => {
  it.each(CASES)('%j in %s → %s', (text, lang, value, exact) => {
    const got = parseCount(text, lang);
    if (value === undefined) expect(got).toBeUndefined();
    else expect(got).toEqual({ value, exact });
  });

  it('treats a hostile language tag as English instead of throwing', () => {
    expect(parseCount('2.3K', '<<not a tag>>')).toEqual({ value: 2300, exact: false });
  });
});

describe('toCount', () => {
  it.each([
    [5569, 5569],
    ['2525462', 2525462],
    [0, 0],
    [-1, undefined],
    [1.5, undefined],
    ['12a', undefined],
    [null, undefined],
    [{}, undefined],
    [Number.MAX_SAFE_INTEGER + 10, undefined],
  ])('%j → %j', (input, out) => expect(toCount(input)).toBe(out));
});
