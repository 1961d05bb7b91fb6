import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { blocking, draftProblems, problemsOf } from '@/components/composer/problems';
import { useCatalog } from '../../../helpers/catalog';

beforeEach(() => {
  fakeBrowser.reset();
  useCatalog('en');
});

describe('problem messages name the platform and the post, and say what to fix', () => {
  it('a single post over the limit, with threading off where the platform threads: says how to fix both ways', () => {
    const text = 'x'.repeat(285);
    expect(problemsOf({ text, platforms: ['x'] }, 'x', {})).toEqual([
      { target: 'x', text: 'X is 285/280. Shorten it, or turn on "Split long text into a thread".' },
    ]);
    // LinkedIn has no threads: only "shorten".
    expect(problemsOf({ text: 'a'.repeat(3010), platforms: ['linkedin'] }, 'linkedin', {})).toEqual([
      { target: 'linkedin', text: 'LinkedIn is 3010/3000. Shorten the text for LinkedIn.' },
    ]);
  });

  it('a thread names the post that does not fit ("X post 2 of 3 is 282/280"), never "turn on threads"', () => {
    const parts = ['Pembuka utas.', 'y'.repeat(282), 'Penutup.'];
    const state = { text: parts.join('\n\n'), platforms: ['x' as const], thread: true, threads: { x: parts } };
    const found = problemsOf(state, 'x', {});
    expect(found).toEqual([{ target: 'x', part: 1, text: 'X post 2 of 3 is 282/280. Shorten it, or move its split point earlier.' }]);
    expect(found[0]!.text).not.toMatch(/turn on/);
  });

  it('title and hashtag limits say which part of the post to change', () => {
    expect(problemsOf({ text: `${'T'.repeat(105)}\nDescription`, platforms: ['youtube'] }, 'youtube', {})[0]!.text).toBe(
      'YouTube: the title (first line) is 5 characters too long. Shorten it to 100.',
    );
    const tags = Array.from({ length: 31 }, (_, i) => `#kopi${i}`).join(' ');
    expect(problemsOf({ text: tags, platforms: ['instagram'] }, 'instagram', {})[0]!.text).toMatch(/^Instagram: 31 hashtags/);
  });

  it("one platform's problem blocks only that platform; the draft's own problems block all", () => {
    const state = { text: 'z'.repeat(290), platforms: ['x' as const, 'linkedin' as const] };
    const all = draftProblems(state, {});
    expect(all.map((p) => p.target)).toEqual(['x']);
    expect(blocking(all, 'linkedin')).toEqual([]);
    expect(blocking(all, 'x')).toHaveLength(1);
    const none = draftProblems({ text: '  ', platforms: [] }, {});
    expect(none.map((p) => p.text)).toEqual(['Write something first.', 'Pick at least one platform.']);
    expect(blocking(none, 'linkedin')).toHaveLength(2);
  });

  it('reads as natural Indonesian too', () => {
    useCatalog('id');
    const parts = ['Satu.', 'y'.repeat(282)];
    expect(problemsOf({ text: parts.join(' '), platforms: ['x'], thread: true, threads: { x: parts } }, 'x', {})[0]!.text).toBe(
      'X postingan 2 dari 2 panjangnya 282/280. Persingkat, atau geser titik pisahnya lebih awal.',
    );
  });
});
