import { LIMITS } from '../messaging/limits';
import type { CapturedPost, CapturedProfile, CaptureResult, CaptureWarning } from '../platforms/types';

const ID = /^[\w.:-]{1,64}$/;
const HANDLE = /^[\w.-]{1,100}$/;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= LIMITS.maxCount;

/**
 * Make a parser's rows fit what the background accepts (the same limits as the zod schemas in
 * lib/messaging/schemas.ts, checked cheaply here so content scripts need no zod): over-long text is
 * cut, hashtag lists capped, a malformed relation dropped; a row that still cannot be valid is
 * dropped with a warning. Without this, one odd post would make the background refuse its whole
 * batch. Found by the fuzz tests (tests/unit/fuzz).
 */
export function finalise(result: CaptureResult): CaptureResult {
  const warnings: CaptureWarning[] = [...(result.warnings ?? [])];
  const posts: CapturedPost[] = [];
  for (const p of result.posts) {
    if (!ID.test(p.postId) || !HANDLE.test(p.authorHandle) || !/^https:\/\//.test(p.url) || p.url.length > LIMITS.urlChars) {
      warnings.push({ kind: 'payloadNotUnderstood', detail: 'post with an id, author or url out of bounds' });
      continue;
    }
    const createdAt = p.createdAt === '' || (p.createdAt.length <= 40 && !Number.isNaN(Date.parse(p.createdAt))) ? p.createdAt : '';
    const text = p.text.length > LIMITS.textChars ? `${p.text.slice(0, LIMITS.textChars - 1)}…` : p.text;
    const hashtags = p.hashtags.filter((h) => h.length >= 1 && h.length <= 140).slice(0, LIMITS.hashtags);
    const { repostOf, quoteOf, authorFollowers, ...rest } = p;
    // A counter the background would refuse (not a whole number in range) is dropped, not the post.
    const metrics = Object.fromEntries(Object.entries(p.metrics).filter(([, v]) => v === undefined || isCount(v)));
    if (Object.keys(metrics).length < Object.keys(p.metrics).length || (authorFollowers !== undefined && !isCount(authorFollowers)))
      warnings.push({ kind: 'payloadNotUnderstood', detail: 'counter out of range dropped' });
    posts.push({
      ...rest,
      metrics,
      ...(authorFollowers !== undefined && isCount(authorFollowers) ? { authorFollowers } : {}),
      createdAt,
      text,
      hashtags,
      ...(repostOf !== undefined && ID.test(repostOf) ? { repostOf } : {}),
      ...(quoteOf !== undefined && ID.test(quoteOf) ? { quoteOf } : {}),
    });
  }
  const profiles: CapturedProfile[] = result.profiles
    .filter((p) => HANDLE.test(p.handle))
    .map((p) => {
      const bad = (['followers', 'following', 'posts'] as const).filter((k) => p[k] !== undefined && !isCount(p[k]));
      if (!bad.length) return p;
      warnings.push({ kind: 'payloadNotUnderstood', detail: 'profile counter out of range dropped' });
      const clean = { ...p };
      for (const k of bad) delete clean[k];
      return clean;
    });
  if (profiles.length < result.profiles.length)
    warnings.push({ kind: 'payloadNotUnderstood', detail: 'profile with a handle out of bounds' });
  return {
    posts: posts.slice(0, LIMITS.postsPerBatch * 20),
    profiles: profiles.slice(0, LIMITS.profilesPerBatch),
    ...(warnings.length ? { warnings } : {}),
  };
}
