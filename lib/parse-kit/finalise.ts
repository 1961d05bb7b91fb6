import { LIMITS } from '../messaging/limits';
import type { CapturedPost, CapturedProfile, CaptureResult, CaptureWarning, SkipReason } from '../platforms/types';
import { DATE_PRECISIONS } from '../platforms/types';
import { Skips, mergeTallies } from './skips';

const ID = /^[\w.:-]{1,64}$/;
const HANDLE = /^[\w.-]{1,100}$/;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= LIMITS.maxCount;

/**
 * Make a parser's rows fit what the background accepts (the same limits as the zod schemas in
 * lib/messaging/schemas.ts, checked cheaply here so content scripts need no zod): over-long text is
 * cut, hashtag lists capped, a malformed relation dropped; a row that still cannot be valid is
 * dropped and counted as a skip ("refused value"). Without this, one odd post would make the
 * background refuse its whole batch. Found by the fuzz tests (tests/unit/fuzz).
 *
 * It also states the response's coverage: `stats` = posts kept, items skipped by reason, and seen =
 * kept + skipped, so no item a parser recognised can vanish without a reason.
 */
export function finalise(result: CaptureResult): CaptureResult {
  const warnings: CaptureWarning[] = [...(result.warnings ?? [])];
  const refused = new Skips();
  const posts: CapturedPost[] = [];
  const seenIds = new Set<string>();
  for (const p of result.posts) {
    if (!ID.test(p.postId) || !HANDLE.test(p.authorHandle) || !/^https:\/\//.test(p.url) || p.url.length > LIMITS.urlChars) {
      refused.add(!HANDLE.test(p.authorHandle) ? 'noAuthor' : !ID.test(p.postId) ? 'noId' : 'refusedValue');
      continue;
    }
    if (seenIds.has(p.postId)) continue;
    seenIds.add(p.postId);
    const exactDate = p.createdAt === '' || (p.createdAt.length <= 40 && !Number.isNaN(Date.parse(p.createdAt)));
    const createdAt = exactDate ? p.createdAt : '';
    const precision =
      createdAt && p.createdAtPrecision && DATE_PRECISIONS.includes(p.createdAtPrecision) ? p.createdAtPrecision : undefined;
    const text = p.text.length > LIMITS.textChars ? `${p.text.slice(0, LIMITS.textChars - 1)}…` : p.text;
    const hashtags = p.hashtags.filter((h) => h.length >= 1 && h.length <= 140).slice(0, LIMITS.hashtags);
    const { repostOf, quoteOf, authorFollowers, createdAtPrecision: _precision, ...rest } = p;
    // A counter the background would refuse (not a whole number in range) is dropped, not the post.
    const metrics = Object.fromEntries(Object.entries(p.metrics).filter(([, v]) => v === undefined || isCount(v)));
    if (Object.keys(metrics).length < Object.keys(p.metrics).length || (authorFollowers !== undefined && !isCount(authorFollowers)))
      warnings.push({ kind: 'payloadNotUnderstood', detail: 'counter out of range dropped' });
    posts.push({
      ...rest,
      metrics,
      ...(authorFollowers !== undefined && isCount(authorFollowers) ? { authorFollowers } : {}),
      createdAt,
      ...(precision ? { createdAtPrecision: precision } : {}),
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
  const kept = posts.slice(0, LIMITS.postsPerBatch * 20);
  for (let i = kept.length; i < posts.length; i++) refused.add('refusedValue');
  const skipped = mergeTallies(result.skipped, refused.tally());
  const counts = skipped?.counts ?? {};
  const total = Object.values(counts).reduce((a: number, b) => a + (b ?? 0), 0);
  const identities = (result.identities ?? [])
    .filter((i) => HANDLE.test(i.handle))
    .map((i) => ({
      handle: i.handle,
      ids: i.ids.filter((id) => /^[\w.:-]{1,128}$/.test(id) && id.toLowerCase() !== i.handle.toLowerCase()).slice(0, 4),
    }))
    .filter((i) => i.ids.length)
    .slice(0, LIMITS.profilesPerBatch);
  return {
    posts: kept,
    profiles: profiles.slice(0, LIMITS.profilesPerBatch),
    stats: {
      seen: kept.length + total,
      kept: kept.length,
      skipped: counts as Partial<Record<SkipReason, number>>,
      ...(skipped?.samples.length ? { samples: skipped.samples } : {}),
    },
    ...(identities.length ? { identities } : {}),
    ...(warnings.length ? { warnings } : {}),
  };
}
