import { describe, expect, it } from 'vitest';
import { applyUtm, measure, moveSplit, splitThread, tagUrl, type ComposeTarget } from '@/lib/compose';
import { entitySpans } from '@/lib/compose/entities';
import { partsFor } from '@/lib/compose/draft';

const ID_TEXT = [
  'Kopi susu gula aren adalah minuman favorit kami. Setiap pagi kami menyeduh biji pilihan dari Aceh Gayo! Coba sekarang di https://pantau.example/promo?ref=abc #kopi #pagi.',
  'Promo berlaku sampai Minggu. Jangan lewatkan diskon 20% untuk semua menu, termasuk es kopi susu, latte, dan cappuccino. Ajak @teman kamu juga 🎉🎉🎉.',
  'Terima kasih sudah menjadi pelanggan setia. Sampai jumpa di kedai! ☕',
].join('\n\n');
const EN_TEXT =
  'We shipped the new dashboard today. It shows engagement rate by followers at post time, posting cadence, and the best time to post. ' +
  'Read the full changelog at https://example.com/blog/2026/11/dashboard-release-notes-with-a-long-slug and tell us what you think! ' +
  'Thanks to everyone who sent feedback during the beta 🙏 #buildinpublic #analytics @pantau_app';

/** Every part fits, nothing is lost or reordered, and no link, mention or hashtag is cut. */
function checkSplit(platform: ComposeTarget, text: string, parts: string[], numbering: boolean) {
  for (const p of parts) expect(measure(platform, p).used, p).toBeLessThanOrEqual(measure(platform, '').limit);
  const strip = (p: string) => (numbering ? p.replace(/ \d+\/\d+$/, '') : p);
  expect(parts.map(strip).join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
  const whole = entitySpans(text).map((e) => e.value);
  const inParts = parts.flatMap((p) => entitySpans(strip(p)).map((e) => e.value));
  for (const e of whole) expect(inParts, e).toContain(e);
  if (numbering && parts.length > 1) parts.forEach((p, i) => expect(p.endsWith(` ${i + 1}/${parts.length}`)).toBe(true));
}

describe('splitThread', () => {
  it.each([
    ['x', ID_TEXT, false],
    ['x', ID_TEXT, true],
    ['bluesky', ID_TEXT, true],
    ['threads', ID_TEXT.repeat(3), true],
    ['mastodon', EN_TEXT.repeat(3), true],
    ['x', EN_TEXT, true],
    ['bluesky', EN_TEXT, false],
  ] as const)('%s: every part fits, in order, entities whole (numbering %s)', (platform, text, numbering) => {
    const parts = splitThread(platform, text, { numbering });
    expect(parts.length).toBeGreaterThan(1);
    checkSplit(platform, text, parts, numbering);
  });

  it('prefers paragraph boundaries, then sentences, then words', () => {
    // Paragraph 1 fits alone: the first post ends exactly at the paragraph break.
    const parts = splitThread('x', ID_TEXT, { numbering: false });
    expect(parts[0]).toBe(ID_TEXT.split('\n\n')[0]);
    // One long paragraph of sentences: posts end at sentence ends.
    const sentences = Array.from({ length: 12 }, (_, i) => `Kalimat nomor ${i + 1} cukup panjang untuk diuji di sini.`).join(' ');
    for (const p of splitThread('x', sentences, { numbering: false }).slice(0, -1)) expect(p).toMatch(/\.$/);
    // No sentence breaks: posts end between words.
    const words = Array.from({ length: 120 }, (_, i) => `kata${i}`).join(' ');
    const byWord = splitThread('bluesky', words, { numbering: false });
    expect(byWord.every((p) => /^kata\d+( kata\d+)*$/.test(p))).toBe(true);
  });

  it('never splits inside a URL, a mention or a hashtag', () => {
    const text = Array.from({ length: 30 }, (_, i) => `#tagar${i} @akun${i}.bsky.social https://pantau.example/p/${i}`).join(' ');
    const parts = splitThread('bluesky', text, { numbering: true });
    checkSplit('bluesky', text, parts, true);
  });

  it('a text that fits is one post, unnumbered; empty text is no post', () => {
    expect(splitThread('x', 'Halo dunia 👋', { numbering: true })).toEqual(['Halo dunia 👋']);
    expect(splitThread('x', '   ', { numbering: true })).toEqual([]);
  });

  it('" k/N" markers are counted within the limit, also past 9 posts', () => {
    const text = Array.from({ length: 400 }, (_, i) => `kata${i}`).join(' ');
    const parts = splitThread('x', text, { numbering: true });
    expect(parts.length).toBeGreaterThanOrEqual(10);
    checkSplit('x', text, parts, true);
    expect(parts.at(-1)).toMatch(new RegExp(` ${parts.length}/${parts.length}$`));
  });

  it('cuts a single over-long word (not a link) by graphemes, emoji intact', () => {
    const word = '🎉'.repeat(400);
    const parts = splitThread('bluesky', word, { numbering: false });
    expect(parts.join('')).toBe(word);
    for (const p of parts) expect(measure('bluesky', p).used).toBeLessThanOrEqual(300);
  });
});

describe('moveSplit', () => {
  it('moves the split point by one word either way; an emptied post disappears', () => {
    expect(moveSplit(['satu dua tiga', 'empat lima'], 0, 'earlier')).toEqual(['satu dua', 'tiga empat lima']);
    expect(moveSplit(['satu dua tiga', 'empat lima'], 0, 'later')).toEqual(['satu dua tiga empat', 'lima']);
    expect(moveSplit(['satu', 'dua'], 0, 'earlier')).toEqual(['satu dua']);
    expect(moveSplit(['a', 'b'], 5, 'later')).toEqual(['a', 'b']);
  });
  it('hand-set parts are what a draft posts, numbered when asked', () => {
    const draft = { text: 'x', thread: true, numbering: true, threads: { x: ['satu dua', 'tiga'] } };
    expect(partsFor(draft, 'x')).toEqual(['satu dua 1/2', 'tiga 2/2']);
    expect(partsFor({ ...draft, thread: false }, 'x')).toEqual(['x']);
  });
});

describe('UTM', () => {
  it('tags every http(s) link per platform, keeping query, fragment and punctuation', () => {
    expect(applyUtm('Baca https://pantau.example/a?x=1#top. Juga (https://b.example/p)!', 'linkedin', 'Promo Lebaran 2026')).toBe(
      'Baca https://pantau.example/a?x=1&utm_source=linkedin&utm_medium=social&utm_campaign=promo-lebaran-2026#top. ' +
        'Juga (https://b.example/p?utm_source=linkedin&utm_medium=social&utm_campaign=promo-lebaran-2026)!',
    );
  });
  it('utm_source follows the platform; an existing utm is replaced, other params kept', () => {
    expect(tagUrl('https://a.example/?utm_source=old&ref=1', 'x')).toBe('https://a.example/?utm_source=x&ref=1&utm_medium=social');
    expect(tagUrl('https://a.example', 'bluesky', 'q4')).toBe('https://a.example?utm_source=bluesky&utm_medium=social&utm_campaign=q4');
    expect(applyUtm('no links here', 'x', 'c')).toBe('no links here');
    expect(applyUtm('javascript:alert(1) stays', 'x', 'c')).toBe('javascript:alert(1) stays');
  });
  it('a draft with UTM on posts tagged links on each platform', () => {
    const draft = { text: 'Promo https://pantau.example/p', utm: true, campaign: 'akhir tahun' };
    expect(partsFor(draft, 'threads')[0]).toBe(
      'Promo https://pantau.example/p?utm_source=threads&utm_medium=social&utm_campaign=akhir-tahun',
    );
    expect(partsFor(draft, 'facebook')[0]).toContain('utm_source=facebook');
  });
});
