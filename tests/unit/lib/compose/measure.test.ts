import { describe, expect, it } from 'vitest';
import { isOver, measure, overflowIndex, type ComposeTarget, type MeasureOptions } from '@/lib/compose';

const LONG_URL = 'https://example.com/a/very/long/path/that/is/longer/than/twenty/three';

/** [platform, text, used, limit, options?] — each value hand-counted. */
const TABLE: Array<[ComposeTarget, string, number, number, MeasureOptions?]> = [
  // X: twitter-text weighted length
  ['x', 'hello', 5, 280],
  ['x', LONG_URL, 23, 280],
  ['x', `cek ${LONG_URL} ya`, 30, 280],
  ['x', 'example.com', 23, 280], // a bare domain is a link on X
  ['x', '日本語', 6, 280], // CJK counts 2
  ['x', '안녕', 4, 280],
  ['x', 'Halo 👋', 7, 280], // emoji counts 2
  ['x', '👨‍👩‍👧‍👦', 2, 280], // one ZWJ sequence is one emoji
  ['x', 'café', 4, 280],
  ['x', 'a'.repeat(280), 280, 280],
  ['x', 'a'.repeat(281), 281, 280],
  ['x', 'a'.repeat(300), 300, 25_000, { longPosts: true }],
  ['x', 'Diskon 20% hari ini #kopi @pantau', 33, 280],
  // Bluesky: graphemes
  ['bluesky', '👨‍👩‍👧 ok', 4, 300],
  ['bluesky', '🇮🇩 Merdeka!', 10, 300],
  ['bluesky', LONG_URL, LONG_URL.length, 300], // links count in full on Bluesky
  ['bluesky', 'e\u0301', 1, 300], // combining accent
  ['bluesky', 'x'.repeat(300), 300, 300],
  // Threads
  ['threads', 'Selamat pagi ☕', 14, 500],
  ['threads', 'ok', 2, 500],
  // Mastodon: links 23, remote mentions count the username only
  ['mastodon', LONG_URL, 23, 500],
  ['mastodon', 'hi @alice@mastodon.social', 9, 500],
  ['mastodon', 'hi @alice', 9, 500],
  ['mastodon', 'ok', 2, 11_000, { instanceLimits: { mastodon: 11_000 } }],
  // LinkedIn, Facebook, TikTok
  ['linkedin', 'Kami sedang merekrut!', 21, 3000],
  ['facebook', 'Halo semua 👋', 12, 63_206],
  ['tiktok', 'resep kopi #fyp', 15, 2200],
  // Instagram
  ['instagram', 'Pagi ☕ #kopi', 12, 2200],
  // YouTube: used/limit is the description; the first line is the title
  ['youtube', 'Judul video\n\nDeskripsi singkat', 17, 5000],
  ['youtube', 'Hanya judul', 0, 5000],
];

describe('measure: the counting table', () => {
  it.each(TABLE)('%s %j uses %i of %i', (platform, text, used, limit, opts) => {
    const m = measure(platform, text, opts);
    expect([m.used, m.limit]).toEqual([used, limit]);
  });

  it('has at least 30 cases across every target', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
    expect(new Set(TABLE.map((r) => r[0])).size).toBe(9);
  });

  it('YouTube titles have their own limit of 100', () => {
    expect(measure('youtube', `${'t'.repeat(101)}\ndesc`).title).toEqual({ used: 101, limit: 100 });
    expect(isOver(measure('youtube', `${'t'.repeat(101)}\ndesc`))).toBe(true);
    expect(isOver(measure('youtube', `${'t'.repeat(100)}\ndesc`))).toBe(false);
  });

  it('Instagram: at most 30 hashtags, and a warning that links are not clickable', () => {
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ');
    const m = measure('instagram', tags);
    expect(m.hashtags).toEqual({ used: 31, limit: 30 });
    expect(m.warnings).toContain('tooManyHashtags');
    expect(isOver(m)).toBe(true);
    expect(measure('instagram', 'see https://pantau.id').warnings).toEqual(['linksNotClickable']);
    expect(measure('instagram', '#a #b').warnings).toBeUndefined();
  });

  it('finds where a text crosses the limit, for highlighting', () => {
    expect(overflowIndex('x', 'a'.repeat(290))).toBe(280);
    expect(overflowIndex('x', 'a'.repeat(280))).toBeUndefined();
    // 139 CJK characters weigh 278; the 140th (weight 2) still fits, the 141st does not.
    expect(overflowIndex('x', '字'.repeat(150))).toBe(140);
    expect(overflowIndex('bluesky', `${'👍'.repeat(301)}`)).toBe(600); // 300 emoji × 2 UTF-16 units
    expect(overflowIndex('youtube', `${'t'.repeat(105)}\nok`)).toBe(100);
  });
});
