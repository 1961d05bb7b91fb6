import { describe, expect, it } from 'vitest';
import { tp } from '@/lib/i18n/plural';
import { metricUnit, roleLabel, rowsPhrase } from '@/lib/i18n/words';
import { PLATFORM_COUNTERS, ENGAGEMENT_COUNTERS, PLATFORM_IDS } from '@/lib/platforms/registry';
import { readCatalog, useCatalog } from '../../../helpers/catalog';

describe('plural forms (Intl.PluralRules over the catalog shown)', () => {
  it('English: one reply, two replies, never "1 replies"', () => {
    useCatalog('en');
    expect(`1 ${metricUnit('replies', 1)}`).toBe('1 reply');
    expect(`2 ${metricUnit('replies', 2)}`).toBe('2 replies');
    expect(`0 ${metricUnit('likes', 0)}`).toBe('0 likes');
    expect(`2.9M ${metricUnit('views', 2_989_906)}`).toBe('2.9M views');
    expect(rowsPhrase('posts', 1, 'en')).toBe('1 post');
    expect(rowsPhrase('postSnapshots', 473, 'en')).toBe('473 samples of post numbers');
    expect(rowsPhrase('profileSnapshots', 1, 'en')).toBe('1 follower count sample');
    expect(rowsPhrase('posts', 2500, 'en')).toBe('2,500 posts');
    expect(tp('panelHealthOk', 1, 'X', ['1', '5 minutes ago'])).toBe('X: 1 post captured, last: 5 minutes ago');
    expect(tp('panelHealthOk', 12, 'X', ['12', '5 minutes ago'])).toBe('X: 12 posts captured, last: 5 minutes ago');
    expect(tp('healthMore', 2)).toBe('2 more');
    expect(tp('badgeTitle', 1)).toBe('Pantau: 1 post due or missed');
    expect(tp('badgeTitle', 3)).toBe('Pantau: 3 posts due or missed');
    expect(tp('harDone', 1)).toBe('Imported. 1 entry in the file.');
    expect(tp('bestNotEnough', 1, 'X', ['1'])).toMatch(/\(1 post captured so far\)\.$/);
  });

  it('Indonesian: one form for every count, in Indonesian', () => {
    useCatalog('id');
    expect(metricUnit('replies', 1)).toBe('balasan');
    expect(metricUnit('replies', 5)).toBe('balasan');
    expect(rowsPhrase('postSnapshots', 473, 'id')).toBe('473 sampel angka postingan');
    expect(rowsPhrase('posts', 2500, 'id')).toBe('2.500 postingan');
    expect(rowsPhrase('accounts', 1, 'id')).toBe('1 akun di daftar pantauan');
  });

  it('a table without its own words is still said in words, never by its name', () => {
    useCatalog('en');
    expect(rowsPhrase('somethingNew', 3, 'en')).toBe('3 other items');
  });

  it('every plural key has its "other" form, in both languages', () => {
    for (const lang of ['en', 'id'] as const) {
      const keys = Object.keys(readCatalog(lang));
      for (const k of keys.filter((k) => k.endsWith('_one'))) expect(keys, `${lang}: ${k}`).toContain(k.replace(/_one$/, '_other'));
    }
  });
});

describe('role labels: one spelling everywhere', () => {
  it.each([
    ['en', ['Competitor', 'Own', 'Ignored']],
    ['id', ['Kompetitor', 'Milik sendiri', 'Diabaikan']],
  ] as const)('%s', (lang, labels) => {
    useCatalog(lang);
    expect((['competitor', 'own', 'ignored'] as const).map(roleLabel)).toEqual(labels);
    // The buttons that set a role say the same word as the label that shows it.
    const c = readCatalog(lang);
    expect([c.panelMarkCompetitor, c.panelMarkOwn]).toEqual(labels.slice(0, 2));
  });
});

describe('counters per platform', () => {
  it('each platform offers only the counters it shows, and its engagement default is among them', () => {
    for (const p of PLATFORM_IDS) for (const k of ENGAGEMENT_COUNTERS[p]) expect(PLATFORM_COUNTERS[p], `${p}: ${k}`).toContain(k);
    expect(PLATFORM_COUNTERS.youtube).not.toContain('reposts');
    expect(PLATFORM_COUNTERS.youtube).not.toContain('quotes');
    expect(PLATFORM_COUNTERS.x).toEqual(expect.arrayContaining(['likes', 'replies', 'reposts', 'quotes', 'bookmarks', 'views']));
  });
});
