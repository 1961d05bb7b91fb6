import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeEnds, graphemes } from '@/lib/compose/measure';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const exact = (s: string) => [...segmenter.segment(s)].map((g) => g.index + g.segment.length);

describe('graphemes (fast path for ASCII stretches)', () => {
  it.each([
    ['Selamat pagi ☕', 14],
    ['e\u0301 café', 6],
    ['👩‍👩‍👧 keluarga 🇮🇩', 12],
    ['a\r\nb', 3],
    ['', 0],
    ['Kopi 👍🏽 #kopi', 12],
  ])('%j is %i characters, as Intl.Segmenter counts', (text, n) => {
    expect(graphemes(text)).toBe(n);
    expect(graphemeEnds(text)).toEqual(exact(text));
  });
  it('agrees with Intl.Segmenter on random mixed text (property)', () => {
    const piece = fc.constantFrom('a', ' ', '\r', '\n', 'e\u0301', '☕', '👍🏽', '🇮🇩', '👩‍👧', 'ä', '中', '\u200d', '\ufe0f', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(graphemeEnds(text)).toEqual(exact(text));
        expect(graphemes(text)).toBe(exact(text).length);
      }),
      { numRuns: 2000 },
    );
  });
});
