import { describe, expect, it } from 'vitest';
import { formatCompact } from '@/lib/format';

describe('formatCompact: counts as the platforms show them', () => {
  it.each([
    // Cut toward zero, never rounded up: X shows 2.9M for 2,989,906, and "3M" would overstate it.
    [2_989_906, 'en', '2.9M'],
    [29_850, 'en', '29.8K'],
    [999_999, 'en', '999.9K'],
    [1_999_999, 'en', '1.9M'],
    [1_000_000, 'en', '1M'],
    [10_000, 'en', '10K'],
    // Exact below 10,000, as X writes them.
    [9_999, 'en', '9,999'],
    [1_234, 'en', '1,234'],
    [1, 'en', '1'],
    [0, 'en', '0'],
    [2_989_906, 'id', '2,9\u00a0jt'],
    [12_399, 'id', '12,3\u00a0rb'],
    [1_234, 'id', '1.234'],
  ])('%d in %s → %s', (n, locale, out) => expect(formatCompact(n, locale)).toBe(out));
});
