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
      'platform,post_id,url,author,created_at,text,hashtags,media_type,likes,replies,reposts,quotes,views,bookmarks,shares,approximate,author_followers,repost_of,quote_of,first_seen_at,last_seen_at,engagement,followers_at_post,er_by_followers,er_estimated,role',
    );
    expect(lines).toHaveLength(2501);
    expect(text).toContain(`"'=cmd|""/c calc"""`);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(2);
  });
});

describe('posts CSV: engagement, ER by followers at post time, and role', () => {
  it('sums the platform counters, divides by the followers at post time, and names the role', async () => {
    const db = freshDb();
    const created = (h: number) => new Date(T0 + h * 3_600_000).toISOString();
    await ingestBatch(
      db,
      batch(
        [
          capturedPost('1', { createdAt: created(0), metrics: { likes: 90, replies: 6, reposts: 3, quotes: 1, views: 5000 } }),
          capturedPost('2', { createdAt: created(48), metrics: { likes: 10 } }),
          capturedPost('3', {
            authorHandle: 'Stranger',
            url: 'https://x.com/Stranger/status/3',
            createdAt: created(0),
            metrics: { likes: 4 },
          }),
        ],
        T0 + 100 * 3_600_000,
      ),
      T0 + 100 * 3_600_000,
    );
    // Followers 1,000 at T0 and 3,000 at T0 + 96 h: post 2 (at 48 h) is rated against 2,000.
    await db.profileSnapshots.bulkPut([
      { platform: 'x', handle: 'kopikita', capturedAt: T0, followers: 1000 },
      { platform: 'x', handle: 'kopikita', capturedAt: T0 + 96 * 3_600_000, followers: 3000 },
    ]);
    await db.accounts.put({ platform: 'x', handle: 'kopikita', displayHandle: 'KopiKita', role: 'competitor', addedAt: T0 });
    const rows = async (counters?: Parameters<typeof exportCsv>[3]) => {
      const [head, ...lines] = (await (await exportCsv(db, 'posts', () => {}, counters)).text())
        .replace(/^\ufeff/, '')
        .trimEnd()
        .split('\r\n')
        .map((l) => l.split(','));
      const at = (name: string) => head!.indexOf(name);
      return new Map(
        lines.map((l) => [
          l[at('post_id')],
          { engagement: l[at('engagement')], followers: l[at('followers_at_post')], er: l[at('er_by_followers')], role: l[at('role')] },
        ]),
      );
    };
    const byId = await rows();
    // X's engagement: likes + replies + reposts + quotes (views are reach, not engagement).
    expect(byId.get('1')).toEqual({ engagement: '100', followers: '1000', er: '0.1', role: 'competitor' });
    expect(byId.get('2')).toEqual({ engagement: '10', followers: '2000', er: '0.005', role: 'competitor' });
    // An unwatched author with no follower samples: engagement only.
    expect(byId.get('3')).toEqual({ engagement: '4', followers: '', er: '', role: '' });
    // The user's own choice of counters, as in Settings.
    expect((await rows({ x: ['likes'] })).get('1')!.engagement).toBe('90');
  });
});
