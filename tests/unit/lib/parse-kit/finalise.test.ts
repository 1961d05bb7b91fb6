import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/messaging/limits';
import { capturedPostSchema } from '@/lib/messaging/schemas';
import { finalise } from '@/lib/parse-kit/finalise';
import { capturedPost } from '../../../helpers/db';

describe('finalise (found by fuzzing: one odd post must not make the background refuse a batch)', () => {
  it('cuts over-long text and hashtag lists to what the background accepts', () => {
    const long = capturedPost('1', {
      text: 'x'.repeat(LIMITS.textChars + 10),
      hashtags: Array.from({ length: 150 }, (_, i) => `t${i}`).concat('y'.repeat(200)),
    });
    const [post] = finalise({ posts: [long], profiles: [] }).posts;
    expect(post!.text).toHaveLength(LIMITS.textChars);
    expect(post!.text.endsWith('…')).toBe(true);
    expect(post!.hashtags).toHaveLength(LIMITS.hashtags);
    expect(capturedPostSchema.safeParse(post).success).toBe(true);
  });

  it('drops a malformed relation, and a row that cannot be valid, counted as a skip with its reason', () => {
    const r = finalise({
      posts: [capturedPost('2', { quoteOf: 'not an id!' }), capturedPost('<bad id>'), capturedPost('3', { url: 'javascript:alert(1)' })],
      profiles: [
        { platform: 'x', handle: 'ok' },
        { platform: 'x', handle: 'not ok!' },
      ],
    });
    expect(r.posts.map((p) => p.postId)).toEqual(['2']);
    expect(r.posts[0]!.quoteOf).toBeUndefined();
    expect(r.profiles.map((p) => p.handle)).toEqual(['ok']);
    // The two posts are skips with their reason (coverage 1 of 3), the bad profile a warning.
    expect(r.stats).toEqual({ seen: 3, kept: 1, skipped: { noId: 1, refusedValue: 1 } });
    expect(r.warnings?.map((w) => w.kind)).toEqual(['payloadNotUnderstood']);
  });
});
