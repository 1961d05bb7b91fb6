import { describe, expect, it } from 'vitest';
import { excerpt } from '@/lib/excerpt';

describe('excerpt', () => {
  it('keeps a text within the budget whole', () => {
    expect(excerpt('Kopi susu, 18k.', 280)).toEqual({ text: 'Kopi susu, 18k.', cut: false });
    expect(excerpt('x'.repeat(280), 280)).toEqual({ text: 'x'.repeat(280), cut: false });
  });

  it('cuts at the budget in graphemes and says so with "…"', () => {
    expect(excerpt('abcdefghij', 4)).toEqual({ text: 'abcd…', cut: true });
    // 281 letters at a budget of 280: one goes.
    expect(excerpt('y'.repeat(281)).text).toBe(`${'y'.repeat(280)}…`);
  });

  it('counts an emoji with modifiers and a letter with its accent as one, and never splits them', () => {
    const family = '👨‍👩‍👧‍👦'; // 11 code units, one grapheme
    const e = 'e\u0301'; // e + combining acute
    const text = `${family}${e}${family}${e}${family}`;
    expect(excerpt(text, 2)).toEqual({ text: `${family}${e}…`, cut: true });
    expect(excerpt(text, 5)).toEqual({ text, cut: false });
  });

  it('does not end on the space before the cut', () => {
    expect(excerpt('one two three', 4).text).toBe('one…');
  });

  it('cuts a 50,000-character unbroken token to 280 characters plus "…", fast', () => {
    const token = 'A'.repeat(50_000);
    const started = performance.now();
    const out = excerpt(token);
    expect(out.text).toHaveLength(281);
    expect(out.text.endsWith('…')).toBe(true);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('cuts one hostile grapheme of thousands of combining marks by code units, at a code point', () => {
    const zalgo = `a${'\u0301'.repeat(20_000)}`; // one grapheme of 20,001 code units
    const out = excerpt(zalgo, 10);
    expect(out.cut).toBe(true);
    expect(out.text.length).toBeLessThanOrEqual(10 * 8 + 1);
    const astral = '😀'.repeat(5_000); // surrogate pairs, 2 units each
    const cut = excerpt(astral, 3);
    expect(cut.text).toBe('😀😀😀…');
  });
});
