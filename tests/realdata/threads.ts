/** Threads: the ground truth of ../shared/realdata/README.md (early web GraphQL, 2023). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturedPostSchema, capturedProfileSchema } from '@/lib/messaging/schemas';
import { getAdapter } from '@/lib/platforms/registry';
import { REALDATA } from './paths';

const threads = getAdapter('threads')!;
const parse = (file: string) =>
  threads.parseNetwork({
    url: 'https://www.threads.net/api/graphql',
    body: JSON.parse(readFileSync(join(REALDATA, 'threads', file), 'utf8')),
  });

describe.skipIf(!existsSync(join(REALDATA, 'threads')))('Threads real data', () => {
  it('@mosseri CuXRXDdNOtH: id, author, time, and the counters the payload carries', () => {
    const post = parse('L2613.json').posts.find((p) => p.postId === 'CuXRXDdNOtH');
    expect(post).toMatchObject({
      authorHandle: 'mosseri',
      createdAt: new Date(1688663030 * 1000).toISOString(),
      url: 'https://www.threads.com/@mosseri/post/CuXRXDdNOtH',
    });
    // The README's table gives 29984 likes / 2839 replies, but the only copy of this post in the
    // shared files (a quoted post inside L2613.json) carries like_count 38544 and
    // direct_reply_count 3513. A parser reports what the payload says; both numbers are pinned
    // here so a change in either the data or the parser is noticed.
    expect(post!.metrics).toMatchObject({ likes: 38544, replies: 3513 });
    // The post quoting it links to it.
    expect(parse('L2613.json').posts.find((p) => p.quoteOf === 'CuXRXDdNOtH')).toBeDefined();
  });

  it('reads the profile follower count (L390: data.userData.user)', () => {
    expect(parse('L390.json').profiles).toContainEqual(
      expect.objectContaining({ platform: 'threads', handle: 'zuck', followers: 2663947 }),
    );
  });

  const files = existsSync(join(REALDATA, 'threads')) ? readdirSync(join(REALDATA, 'threads')).filter((f) => f.endsWith('.json')) : [];
  it.each(files)('%s: parses without warnings, every row valid for the background', (file) => {
    const r = parse(file);
    expect(r.warnings ?? []).toEqual([]);
    expect(r.posts.length + r.profiles.length).toBeGreaterThan(0);
    for (const p of r.posts) expect(capturedPostSchema.safeParse(p).success, `${file} ${p.postId}`).toBe(true);
    for (const p of r.profiles) expect(capturedProfileSchema.safeParse(p).success, `${file} @${p.handle}`).toBe(true);
  });
});
