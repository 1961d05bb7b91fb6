import type { PantauDB } from '../db/db';
import { postKey, snapshotRange } from '../db/keys';
import type { PostRow } from '../db/schema';
import { engagementOf, type EngagementCounters } from '../metrics/engagement';
import { median } from '../metrics/stats';
import { engagementAtAge, HOUR_MS, type AgedSample } from '../metrics/velocity';
import type { PlatformId } from '../platforms/types';
import { accountPostsIn, usualOfStored, usualWindow, type StoredUsual } from './usual-rows';

export interface PostDetail {
  post: PostRow;
  /** This post's engagement at each sighting, by hours since posting. */
  curve: Array<{ ageHours: number; engagement: number }>;
  /** The account's usual at the same ages: the median of its other posts there (5 or more). */
  usualCurve: Array<{ ageHours: number; engagement: number; peers: number }>;
  /** ER, followers at post time and "× its usual", by the one rule. */
  usual: StoredUsual;
}

/** Peers needed at an age before the usual curve gets a point there. */
const MIN_CURVE_PEERS = 5;

/** Everything the post detail page shows, read from the database. Undefined when the post is gone. */
export async function postDetail(
  db: PantauDB,
  ref: { platform: PlatformId; postId: string },
  counters?: EngagementCounters,
): Promise<PostDetail | undefined> {
  const post = await db.posts.get([ref.platform, ref.postId]);
  if (!post) return undefined;
  const created = Date.parse(post.createdAt);
  const aged = async (p: PostRow): Promise<AgedSample[]> => {
    const c = Date.parse(p.createdAt);
    return (await snapshotRange(db, p.platform, p.postId).toArray()).flatMap((s) => {
      const e = engagementOf(p.platform, s.metrics, counters);
      return e === undefined ? [] : [{ ageMs: s.capturedAt - c, engagement: e }];
    });
  };
  const mine = Number.isFinite(created) ? await aged(post) : [];
  const curve = mine
    .filter((s) => s.ageMs >= 0)
    .sort((a, b) => a.ageMs - b.ageMs)
    .map((s) => ({ ageHours: s.ageMs / HOUR_MS, engagement: s.engagement }));
  const usualCurve: PostDetail['usualCurve'] = [];
  if (curve.length && !post.repostOf) {
    const w = usualWindow(created, created);
    const peers = (await accountPostsIn(db, post.platform, post.authorKey, w.from, w.to)).filter(
      (p) => !p.repostOf && postKey(p) !== postKey(post),
    );
    const histories = await Promise.all(peers.map(aged));
    for (const { ageHours } of curve) {
      const at = histories.map((h) => engagementAtAge(h, ageHours * HOUR_MS)).filter((x): x is number => x !== undefined);
      if (at.length >= MIN_CURVE_PEERS) usualCurve.push({ ageHours, engagement: median(at)!, peers: at.length });
    }
  }
  const usual = (await usualOfStored(db, [post], counters)).get(postKey(post)) ?? {};
  return { post, curve, usualCurve, usual };
}
