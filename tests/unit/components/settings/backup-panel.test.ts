import { describe, expect, it } from 'vitest';
import { refusalText, restoredText } from '@/components/settings/backup-panel';
import { NotABackupError } from '@/lib/backup/backup';
import { useCatalog } from '../../../helpers/catalog';

describe('restore messages in words, in the UI language', () => {
  it('English: what was added, with plurals, never a table name or "undefined"', () => {
    useCatalog('en');
    const text = restoredText(
      { posts: 376, postSnapshots: 473, profileSnapshots: 1, accounts: 2, drafts: 0, health: 0, settings: 1 },
      'en',
    );
    expect(text).toBe(
      'Restored. Added: 376 posts, 473 samples of post numbers, 1 follower count sample, 2 accounts on the watchlist, and your settings.',
    );
    expect(restoredText({ posts: 0, drafts: 0 }, 'en')).toBe('Restored. Nothing new in that file.');
    expect(refusalText(new NotABackupError('x', 'truncated'), 'en')).toBe('the file ends early: it is cut off or damaged');
    expect(refusalText(new NotABackupError('x', 'countMismatch', { table: 'postSnapshots', expected: 473, found: 1 }), 'en')).toBe(
      'the file is incomplete: it says it holds 473 samples of post numbers, but it has 1 sample of post numbers',
    );
    expect(refusalText(new NotABackupError('x', 'invalidRow', { table: 'posts', found: 2500 }), 'en')).toBe(
      'an entry among its 2,500 posts is damaged or was changed by hand',
    );
    expect(refusalText(new Error('boom'), 'en')).toBe('the file could not be read as a backup: it is damaged');
  });

  it('Indonesian: the same, all in Indonesian', () => {
    useCatalog('id');
    const text = restoredText({ posts: 376, postSnapshots: 473, accounts: 1, settings: 1 }, 'id');
    expect(text).toBe(
      'Dipulihkan. Ditambahkan: 376 postingan, 473 sampel angka postingan, 1 akun di daftar pantauan, dan pengaturan Anda.',
    );
    expect(refusalText(new NotABackupError('x', 'truncated'), 'id')).toBe('berkas berakhir terlalu cepat: terpotong atau rusak');
    expect(refusalText(new NotABackupError('x', 'countMismatch', { table: 'posts', expected: 627, found: 376 }), 'id')).toBe(
      'berkas tidak lengkap: tertulis berisi 627 postingan, tetapi isinya 376 postingan',
    );
    for (const s of [text, refusalText(new NotABackupError('x', 'notPantau'), 'id')]) {
      expect(s).not.toMatch(/undefined|postSnapshots|profileSnapshots|\bposts\b/);
    }
  });
});
