import { describe, expect, it } from 'vitest';
import { POSTING } from '@/lib/platforms/registry';

describe('posting fallbacks per platform', () => {
  it.each([
    ['x', 'Halo ☕', { url: 'https://x.com/intent/post?text=Halo%20%E2%98%95', clipboard: false }],
    ['bluesky', 'Halo', { url: 'https://bsky.app/intent/compose?text=Halo', clipboard: false }],
    ['threads', 'Halo semua', { url: 'https://www.threads.com/intent/post?text=Halo%20semua', clipboard: false }],
    ['threads', 'Halo 🎉', { url: 'https://www.threads.com/', clipboard: true }], // the intent page mangles emoji
    [
      'linkedin',
      'Baca https://pantau.id/a?b=1',
      { url: 'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fpantau.id%2Fa%3Fb%3D1', clipboard: true },
    ],
    ['linkedin', 'Tanpa tautan', { url: 'https://www.linkedin.com/feed/', clipboard: true }],
    [
      'facebook',
      'Lihat https://pantau.id',
      { url: 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fpantau.id', clipboard: true },
    ],
    ['instagram', 'caption', { url: 'https://www.instagram.com/create/select/', clipboard: true }],
    ['tiktok', 'caption', { url: 'https://www.tiktok.com/tiktokstudio/upload', clipboard: true }],
    ['youtube', 'Judul\nDeskripsi', { url: 'https://www.youtube.com/upload', clipboard: true }],
  ] as const)('%s %j', (target, text, expected) => expect(POSTING[target].fallback(text)).toEqual(expected));

  it("Mastodon falls back to the connected instance's share page", () => {
    expect(POSTING.mastodon.fallback('Halo', 'https://m.example')).toEqual({ url: 'https://m.example/share?text=Halo', clipboard: false });
  });

  it('the five in-page platforms have a composer; threads only where the composer has them', () => {
    const inPage = Object.entries(POSTING)
      .filter(([, p]) => p.mode === 'inPage')
      .map(([k, p]) => [k, Boolean(p.composer?.addPost)]);
    // (In the registry's order, which is the UI's.)
    expect(inPage.sort()).toEqual(
      [
        ['x', true],
        ['bluesky', true],
        ['threads', true],
        ['linkedin', false],
        ['facebook', false],
      ].sort(),
    );
  });
});
