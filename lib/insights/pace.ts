import type { PostRow, PostSnapshotRow } from '../db/schema';
import { engagementOf, type EngagementCounters } from '../metrics/engagement';
import { paceVsUsual, type AgedSample, type Pace } from '../metrics/velocity';

/** Posts younger than this get a pace line ("ahead of its usual pace at 3 h"). */
export const PACE_WINDOW_MS = 48 * 3_600_000;

/** How a young post runs against its account's usual curve at its current age. */
export function paceOfPost(
  postId: string,
  rows: { posts: PostRow[]; snapshots: PostSnapshotRow[] },
  now: number,
  counters?: EngagementCounters,
): Pace | undefined {
  const aged = (p: PostRow): AgedSample[] => {
    const created = Date.parse(p.createdAt);
    return rows.snapshots
      .filter((s) => s.platform === p.platform && s.postId === p.postId)
      .flatMap((s) => {
        const e = engagementOf(p.platform, s.metrics, counters);
        return e === undefined ? [] : [{ ageMs: s.capturedAt - created, engagement: e }];
      });
  };
  const post = rows.posts.find((p) => p.postId === postId);
  const created = post ? Date.parse(post.createdAt) : NaN;
  if (!post || !Number.isFinite(created) || now - created > PACE_WINDOW_MS) return undefined;
  const mine = aged(post);
  const age = Math.max(...mine.map((s) => s.ageMs));
  if (!Number.isFinite(age) || age <= 0) return undefined;
  const others = rows.posts.filter((p) => p.postId !== postId && !p.repostOf).map(aged);
  return paceVsUsual(mine, others, age);
}
