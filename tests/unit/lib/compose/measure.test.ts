import { describe, expect, it } from 'vitest';
import { measure } from '@/lib/compose';

describe('measure (X, weighted by twitter-text)', () => {
  it.each([
    ['hello', 5],
    ['https://example.com/a/very/long/path/that/is/longer/than/twenty/three', 23],
    ['日本語', 6],
    ['Halo 👋', 7],
    ['a'.repeat(280), 280],
  ])('%j uses %i of 280', (text, used) => expect(measure('x', text)).toEqual({ used, limit: 280 }));

  it('counts Bluesky in graphemes', () => expect(measure('bluesky', '👨‍👩‍👧 ok').used).toBe(4));
});
