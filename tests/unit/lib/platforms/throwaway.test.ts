/**
 * Adding a platform is a folder and one line in the list. A throwaway platform is written to a
 * temporary folder, added to the list (the one line), and every table Pantau derives picks it up
 * with no other edit: the registry, the manifest's host permissions, counting, engagement, UTM,
 * the posting table and the settings' defaults.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'pantau-platform-'));
const definition = join(dir, 'index.ts');
writeFileSync(
  definition,
  `export const kopiPlatform = {
  id: 'kopisocial',
  name: 'KopiSocial',
  utmSource: 'kopisocial',
  hosts: ['kopi.example'],
  matches: ['https://kopi.example/*'],
  engagement: ['likes', 'shares'],
  counters: ['likes', 'shares'],
  counting: { unit: 'graphemes', limit: 42, fold: 20 },
  posting: { mode: 'upload', fallback: () => ({ url: 'https://kopi.example/new', clipboard: true }) },
  matchesNetworkUrl: (url) => url.startsWith('https://kopi.example/api/'),
  parseNetwork: () => ({ posts: [], profiles: [] }),
  parseDom: () => ({ posts: [], profiles: [] }),
  postSelector: 'article.kopi',
  profileFromUrl: (url) => /^\\/@(\\w+)$/.exec(url.pathname)?.[1],
  postFromUrl: (url) => { const m = /^\\/p\\/(\\w+)$/.exec(url.pathname); return m ? { postId: m[1] } : undefined; },
};
`,
);

beforeAll(() => {
  vi.resetModules();
  // The one line: the list, with the new folder's definition appended.
  vi.doMock('@/lib/platforms/list', async (importOriginal) => {
    const original = await importOriginal<typeof import('@/lib/platforms/list')>();
    const { kopiPlatform } = (await import(/* @vite-ignore */ definition)) as { kopiPlatform: unknown };
    return { ...original, PLATFORMS: [...original.PLATFORMS, kopiPlatform] };
  });
});
afterAll(() => {
  vi.doUnmock('@/lib/platforms/list');
  vi.resetModules();
  rmSync(dir, { recursive: true, force: true });
});

describe('a throwaway platform, added by its folder and one line', () => {
  it('is in the registry, found by id and by host', async () => {
    const registry = await import('@/lib/platforms/registry');
    expect(registry.PLATFORM_IDS).toContain('kopisocial');
    expect(registry.COMPOSE_TARGETS).toContain('kopisocial');
    expect(registry.getAdapter('kopisocial')?.name).toBe('KopiSocial');
    expect(registry.adapterForHost('www.kopi.example')?.id).toBe('kopisocial');
    expect((registry.PLATFORM_NAMES as Record<string, string>).kopisocial).toBe('KopiSocial');
    expect((registry.POSTING as Record<string, { mode: string }>).kopisocial?.mode).toBe('upload');
  });

  it('gets its host permission in the manifest', async () => {
    const { HOST_PERMISSIONS } = await import('@/lib/manifest-permissions');
    expect(HOST_PERMISSIONS).toContain('https://kopi.example/*');
  });

  it('is counted by its own rule and folded where it says', async () => {
    const { measure, FOLDS, LIMITS } = await import('@/lib/compose/measure');
    expect(measure('kopisocial' as never, 'Selamat pagi ☕')).toEqual({ used: 14, limit: 42 });
    expect(LIMITS['kopisocial' as never]).toBe(42);
    expect(FOLDS['kopisocial' as never]).toBe(20);
  });

  it('has its engagement counters, UTM source and settings defaults', async () => {
    const { engagementOf } = await import('@/lib/metrics/engagement');
    expect(engagementOf('kopisocial' as never, { likes: 3, shares: 2, replies: 100 })).toBe(5);
    const { tagUrl } = await import('@/lib/compose/utm');
    expect(tagUrl('https://kopi.example/menu', 'kopisocial' as never)).toBe(
      'https://kopi.example/menu?utm_source=kopisocial&utm_medium=social',
    );
    const { DEFAULT_SETTINGS } = await import('@/lib/settings');
    expect(DEFAULT_SETTINGS.capture['kopisocial' as never]).toBe(true);
  });
});
