/**
 * Trust edge, item 2: one odd counter must not void a batch. The parser caps what it believes,
 * finalise drops a counter out of range (not the post), and the background stores a batch's valid
 * rows and counts the refused ones with the reason.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleCapturePosts } from '@/lib/background/capture';
import type { PantauDB } from '@/lib/db/db';
import { LIMITS } from '@/lib/messaging/limits';
import { salvageBatch } from '@/lib/messaging/schemas';
import { parseCount } from '@/lib/parse-kit/counts';
import { finalise } from '@/lib/parse-kit/finalise';
import { xPlatform } from '@/lib/platforms/x';
import { entry, tweet, userTweets, USER_TWEETS_URL } from '../../../fixtures/x/graphql';
import { batch, capturedPost, freshDb } from '../../../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);
const KOPI = { handle: 'KopiKita', name: 'Kopi Kita', followers: 5000 };
const fromX = { id: 'ext', tab: { id: 1, url: 'https://x.com/KopiKita' } };
let db: PantauDB;
beforeEach(() => {
  db = freshDb();
});

describe('counters the parser believes', () => {
  it.each([['999T'], ['99999999999999999999K'], ['12345K'], ['99999999999999999999']])('%s is not a count', (text) =>
    expect(parseCount(text)).toBeUndefined(),
  );
  it('the largest abbreviations and exact counts still read', () => {
    expect(parseCount('9999K')).toEqual({ value: 9_999_000, exact: false });
    expect(parseCount('2.5B')).toEqual({ value: 2_500_000_000, exact: false });
    expect(parseCount('9,999,999,999,999')).toEqual({ value: 9_999_999_999_999, exact: true });
  });
});

describe('finalise drops a counter out of range, not the post', () => {
  it('a tweet with favorite_count 2e13 among 20 normal ones: all 21 posts, that one without likes, and a warning', () => {
    const tweets = Array.from({ length: 21 }, (_, i) =>
      entry(tweet({ id: String(1_900_000_000_000_000_000n + BigInt(i)), author: KOPI, likes: i === 7 ? 2e13 : 10 + i })),
    );
    const result = xPlatform.parseNetwork({ url: USER_TWEETS_URL, body: userTweets(tweets) });
    expect(result.posts).toHaveLength(21);
    expect(result.posts.filter((p) => p.metrics.likes === undefined)).toHaveLength(1);
    expect(result.posts.filter((p) => p.metrics.likes !== undefined).every((p) => p.metrics.likes! < 100)).toBe(true);
    expect(result.warnings).toContainEqual({ kind: 'payloadNotUnderstood', detail: 'counter out of range dropped' });
  });
  it('profile counters and author followers out of range are dropped too', () => {
    const r = finalise({
      posts: [capturedPost('1', { authorFollowers: 1e20 })],
      profiles: [{ platform: 'x', handle: 'KopiKita', followers: -4, following: 12 }],
    });
    expect(r.posts[0]!.authorFollowers).toBeUndefined();
    expect(r.profiles).toEqual([{ platform: 'x', handle: 'KopiKita', following: 12 }]);
  });
});

describe('the background stores the valid rows of a batch and counts the rest', () => {
  it('a forged batch with one counter of 2e13 among 21 posts: 20 stored, 1 refused with its reason in health', async () => {
    const posts = Array.from({ length: 21 }, (_, i) => capturedPost(String(100 + i), { metrics: { likes: i === 3 ? 2e13 : i } }));
    const res = await handleCapturePosts(batch(posts, NOW), fromX, db, NOW);
    expect(res).toEqual({ ok: true, stored: 20 });
    expect(await db.posts.count()).toBe(20);
    expect(await db.posts.get(['x', '103'])).toBeUndefined();
    const health = (await db.health.get('x'))!;
    expect(health.rowsRejected).toBe(1);
    expect(health.lastProblem).toMatch(/^1 row refused: posts\[3\]\.metrics\.likes: Too big/);
    expect(health.batchesRejected).toBe(0);
  });

  it('a row for another platform is refused, the rest stored', async () => {
    const res = await handleCapturePosts(
      batch([capturedPost('1'), capturedPost('2', { url: 'https://evil.example/status/2' })], NOW),
      fromX,
      db,
      NOW,
    );
    expect(res).toEqual({ ok: true, stored: 1 });
    expect((await db.health.get('x'))!.rowsRejected).toBe(1);
  });

  it('a random batch mixing valid and invalid rows stores every valid row and refuses only the invalid ones (property)', async () => {
    const invalid = fc.constantFrom(
      { metrics: { likes: 2e13 } },
      { metrics: { likes: -1 } },
      { metrics: { likes: 1.5 } },
      { url: 'javascript:alert(1)' },
      { createdAt: 'kemarin' },
      { text: 'x'.repeat(LIMITS.textChars + 1) },
      { authorHandle: '<script>' },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(invalid, { nil: undefined }), { minLength: 1, maxLength: 30 }), async (rows) => {
        const posts = rows.map((bad, i) => capturedPost(String(1000 + i), bad ?? {}));
        const valid = rows.filter((r) => r === undefined).length;
        const salvage = salvageBatch(batch(posts, NOW))!;
        expect(salvage.batch.posts.map((p) => p.postId)).toEqual(posts.filter((_, i) => rows[i] === undefined).map((p) => p.postId));
        expect(salvage.refused).toBe(rows.length - valid);
        const fresh = freshDb();
        const res = await handleCapturePosts(batch(posts, NOW), fromX, fresh, NOW);
        if (valid) expect(res).toEqual({ ok: true, stored: valid });
        else expect(res).toMatchObject({ ok: false, error: 'invalidInput' });
        expect(await fresh.posts.count()).toBe(valid);
        fresh.close();
      }),
      { numRuns: 60 },
    );
  });
});
