import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '@/lib/backup/csv';
import { exportCsv } from '@/lib/backup/export';
import { ingestBatch } from '@/lib/db/ingest';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const T0 = Date.UTC(2026, 10, 20, 9);

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 555', "'+1 555"],
    ['-12', '-12'],
    ['@handle', "'@handle"],
    [42, '42'],
    [undefined, ''],
    [['kopi', 'pagi'], 'kopi pagi'],
  ])('%j → %s', (v, out) => expect(csvCell(v)).toBe(out));
  it('ends lines with CRLF', () => expect(csvLine(['a', 1])).toBe('a,1\r\n'));
});

describe('exportCsv', () => {
  it('writes a header and every row, in chunks, reporting progress', async () => {
    const db = freshDb();
    await ingestBatch(
      db,
      batch(
        Array.from({ length: 2500 }, (_, i) => capturedPost(String(i + 1), { text: i === 0 ? '=cmd|"/c calc"' : `post ${i}` })),
        T0,
      ),
      T0,
    );
    const progress: number[] = [];
    const text = await (await exportCsv(db, 'posts', (f) => progress.push(f))).text();
    const lines = text
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'platform,post_id,url,author,created_at,text,hashtags,media_type,likes,replies,reposts,quotes,views,bookmarks,shares,approximate,author_followers,repost_of,quote_of,first_seen_at,last_seen_at',
    );
    expect(lines).toHaveLength(2501);
    expect(text).toContain(`"'=cmd|""/c calc"""`);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(2);
  });
});
