import Dexie from 'dexie';
import type { CapturedPost, CapturedProfile, MetricKey, Metrics, PlatformId } from '../platforms/types';
import { METRIC_KEYS, PROFILE_COUNTERS } from '../platforms/types';
import type { PantauDB } from './db';
import type { PostRow, PostSnapshotRow, ProfileSnapshotRow } from './schema';
import { accountKey, postKey, snapshotRange } from './keys';

/** A new sample is appended when a counter changed, or this long after the last one. */
export const SNAPSHOT_INTERVAL_MS = 60 * 60 * 1000;

const sameMetrics = (a: Metrics, b: Metrics) => METRIC_KEYS.every((k) => a[k] === b[k]);

export const DAY_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Counters at exactly 24 h of age, linearly interpolated between the sample before (at `t0`) and
 * the one after (at `t1`); a counter missing on either side stays unknown.
 */
export function metricsAt24h(createdAt: number, t0: number, m0: Metrics, t1: number, m1: Metrics): Metrics | undefined {
  const at = createdAt + DAY_AGE_MS;
  if (!(t0 <= at && at <= t1) || t1 <= t0) return undefined;
  const f = (at - t0) / (t1 - t0);
  const out: Metrics = {};
  for (const k of METRIC_KEYS) {
    const a = m0[k];
    const b = m1[k];
    if (a !== undefined && b !== undefined) out[k] = Math.round(a + f * (b - a));
  }
  return out;
}
const hasCounters = (m: Metrics) => METRIC_KEYS.some((k) => m[k] !== undefined);

/**
 * Merge counters: a counter the sighting did not carry keeps its known value, and an
 * abbreviated (lower-bound) value never replaces an exact value that is at least as large.
 */
function mergeMetrics(
  prev: Metrics,
  prevApprox: readonly MetricKey[] = [],
  next: Metrics,
  nextApprox: readonly MetricKey[] = [],
): { metrics: Metrics; approximate: MetricKey[] } {
  const metrics: Metrics = { ...prev };
  const approx = new Set(prevApprox);
  for (const k of METRIC_KEYS) {
    const v = next[k];
    if (v === undefined) continue;
    const incomingApprox = nextApprox.includes(k);
    const old = prev[k];
    if (incomingApprox && old !== undefined && !approx.has(k) && old >= v) continue;
    metrics[k] = v;
    if (incomingApprox) approx.add(k);
    else approx.delete(k);
  }
  return { metrics, approximate: [...approx] };
}

const PRECISION_RANK = { hour: 0, day: 1, week: 2, month: 3, year: 4 } as const;

/**
 * A post's date across sightings: an exact date is never replaced, and replaces an approximate one
 * ("13 days ago") as soon as it is seen; between approximate ones, the finer precision wins.
 */
function createdAtOf(prev: PostRow | undefined, p: CapturedPost): Pick<PostRow, 'createdAt' | 'createdAtPrecision'> {
  const keepPrev = () => ({
    createdAt: prev!.createdAt,
    ...(prev!.createdAtPrecision ? { createdAtPrecision: prev!.createdAtPrecision } : {}),
  });
  const takeNew = () => ({ createdAt: p.createdAt, ...(p.createdAtPrecision ? { createdAtPrecision: p.createdAtPrecision } : {}) });
  if (!prev?.createdAt) return p.createdAt || !prev ? takeNew() : keepPrev();
  if (!p.createdAt || !prev.createdAtPrecision) return keepPrev();
  if (!p.createdAtPrecision) return takeNew();
  return PRECISION_RANK[p.createdAtPrecision] < PRECISION_RANK[prev.createdAtPrecision] ? takeNew() : keepPrev();
}

/** The row a post gets when it is seen for the first time (or merged onto `prev`). */
function mergeRow(
  p: CapturedPost,
  prev: PostRow | undefined,
  capturedAt: number,
  intervalMs: number,
): { row: PostRow; snapshot?: PostSnapshotRow } {
  const { metrics, approximate } = mergeMetrics(prev?.metrics ?? {}, prev?.approximate, p.metrics, p.approximate);
  const text = prev && prev.text.length > p.text.length ? prev.text : p.text;
  const row: PostRow = {
    platform: p.platform,
    postId: p.postId,
    url: p.url,
    authorHandle: p.authorHandle,
    authorKey: p.authorHandle.toLowerCase(),
    ...createdAtOf(prev, p),
    text,
    hashtags: text === p.text ? p.hashtags : (prev?.hashtags ?? p.hashtags),
    metrics,
    firstSeenAt: prev?.firstSeenAt ?? capturedAt,
    lastSeenAt: capturedAt,
    ...(approximate.length ? { approximate } : {}),
    ...((p.mediaType ?? prev?.mediaType) ? { mediaType: p.mediaType ?? prev?.mediaType } : {}),
    ...((p.authorFollowers ?? prev?.authorFollowers) !== undefined ? { authorFollowers: p.authorFollowers ?? prev?.authorFollowers } : {}),
    ...((p.repostOf ?? prev?.repostOf) ? { repostOf: p.repostOf ?? prev?.repostOf } : {}),
    ...((p.quoteOf ?? prev?.quoteOf) ? { quoteOf: p.quoteOf ?? prev?.quoteOf } : {}),
    ...(prev?.lastSnapshotAt !== undefined ? { lastSnapshotAt: prev.lastSnapshotAt } : {}),
    ...(prev?.metrics24h ? { metrics24h: prev.metrics24h } : {}),
    ...(prev?.breakoutAlertedAt !== undefined ? { breakoutAlertedAt: prev.breakoutAlertedAt } : {}),
  };
  const due =
    hasCounters(metrics) &&
    (prev?.lastSnapshotAt === undefined || !sameMetrics(prev.metrics, metrics) || capturedAt - prev.lastSnapshotAt >= intervalMs);
  if (!due) return { row };
  // The 24 h rollup, once, from the two samples around a post's 24th hour.
  const created = Date.parse(row.createdAt);
  if (!row.metrics24h && prev?.lastSnapshotAt !== undefined && Number.isFinite(created)) {
    const m24 = metricsAt24h(created, prev.lastSnapshotAt, prev.metrics, capturedAt, metrics);
    if (m24) row.metrics24h = m24;
  }
  row.lastSnapshotAt = capturedAt;
  return { row, snapshot: { platform: p.platform, postId: p.postId, capturedAt, metrics, ...(approximate.length ? { approximate } : {}) } };
}

/**
 * Upsert the latest state of each post and return the snapshot rows that the append rule asks
 * for (the caller writes them in the same transaction). Call inside a rw transaction.
 *
 * Most sightings are of posts not stored yet, so rows are first added optimistically (bulkAdd,
 * no read); only the keys that already exist are read, merged and put. This is what keeps ingest
 * near the raw IndexedDB put rate (see npm run bench).
 */
export async function upsertPosts(
  db: PantauDB,
  posts: CapturedPost[],
  capturedAt: number,
  intervalMs = SNAPSHOT_INTERVAL_MS,
): Promise<PostSnapshotRow[]> {
  if (!posts.length) return [];
  // Collapse repeats within the batch first, merging later sightings onto earlier ones.
  const fresh = new Map<string, { row: PostRow; snapshot?: PostSnapshotRow; sightings: CapturedPost[] }>();
  for (const p of posts) {
    const k = postKey(p);
    const seen = fresh.get(k);
    const merged = mergeRow(p, seen?.row, capturedAt, intervalMs);
    fresh.set(k, { ...merged, snapshot: merged.snapshot ?? seen?.snapshot, sightings: [...(seen?.sightings ?? []), p] });
  }
  const candidates = [...fresh.values()];
  const existingIdx: number[] = [];
  try {
    await db.posts.bulkAdd(candidates.map((c) => c.row));
  } catch (err) {
    if (!(err instanceof Dexie.BulkError)) throw err;
    for (const [i, e] of Object.entries(err.failuresByPos)) {
      if ((e as Error).name !== 'ConstraintError') throw e;
      existingIdx.push(Number(i));
    }
  }
  const snapshots: PostSnapshotRow[] = [];
  const existing = new Set(existingIdx);
  candidates.forEach((c, i) => {
    if (!existing.has(i) && c.snapshot) snapshots.push(c.snapshot);
  });
  if (existingIdx.length) {
    const stale = existingIdx.map((i) => candidates[i]!);
    const prevRows = await db.posts.bulkGet(stale.map((c) => [c.row.platform, c.row.postId] as [string, string]));
    const updates: PostRow[] = [];
    stale.forEach((c, i) => {
      let prev = prevRows[i];
      if (!prev || capturedAt < prev.lastSeenAt) return; // an older sighting arriving late: history already newer
      let snapshot: PostSnapshotRow | undefined;
      for (const p of c.sightings) {
        const merged = mergeRow(p, prev, capturedAt, intervalMs);
        prev = merged.row;
        snapshot = merged.snapshot ?? snapshot;
      }
      updates.push(prev);
      if (snapshot) snapshots.push(snapshot);
    });
    await db.posts.bulkPut(updates);
  }
  return snapshots;
}

/**
 * Append metric samples. Keyed by [platform+postId+capturedAt]: a sample that already exists
 * (a retried batch) is the same sample, so a key collision is ignored, not an error.
 */
export async function addSnapshots(db: PantauDB, snapshots: PostSnapshotRow[]): Promise<void> {
  if (!snapshots.length) return;
  try {
    await db.postSnapshots.bulkAdd(snapshots);
  } catch (err) {
    if (!(err instanceof Dexie.BulkError)) throw err;
    for (const e of Object.values(err.failuresByPos)) if ((e as Error).name !== 'ConstraintError') throw e;
  }
}

/**
 * Append profile samples by the same rule as posts: on change, or after the interval. A counter a
 * sighting does not carry is not a change: a post's author block gives followers only, the profile
 * header followers and posts, and the two alternate on one page. A sighting older than the newest
 * sample (an imported HAR) is compared with the sample before it, so history fills in, once.
 */
export async function recordProfiles(
  db: PantauDB,
  profiles: CapturedProfile[],
  capturedAt: number,
  intervalMs = SNAPSHOT_INTERVAL_MS,
): Promise<number> {
  const byHandle = new Map<string, CapturedProfile>();
  for (const p of profiles) byHandle.set(accountKey(p.platform, p.handle.toLowerCase()), p);
  const out: ProfileSnapshotRow[] = [];
  for (const p of byHandle.values()) {
    const handle = p.handle.toLowerCase();
    const row: ProfileSnapshotRow = {
      platform: p.platform,
      handle,
      capturedAt,
      ...(p.followers !== undefined ? { followers: p.followers } : {}),
      ...(p.following !== undefined ? { following: p.following } : {}),
      ...(p.posts !== undefined ? { posts: p.posts } : {}),
      ...(p.approximate?.length ? { approximate: p.approximate } : {}),
    };
    if (row.followers === undefined && row.following === undefined && row.posts === undefined) continue;
    const before = await profileSnapshotAtOrBefore(db, p.platform, handle, capturedAt);
    if (before?.capturedAt === capturedAt) continue; // the same sample (a retried batch)
    const changed = !before || PROFILE_COUNTERS.some((k) => row[k] !== undefined && row[k] !== before[k]);
    if (changed || capturedAt - before.capturedAt >= intervalMs) out.push(row);
  }
  if (out.length) await db.profileSnapshots.bulkPut(out);
  return out.length;
}

/** The newest sample of an account taken at or before `at`. */
function profileSnapshotAtOrBefore(db: PantauDB, platform: PlatformId, handle: string, at: number) {
  return db.profileSnapshots
    .where('[platform+handle+capturedAt]')
    .between([platform, handle, Dexie.minKey], [platform, handle, at], true, true)
    .last();
}

export function lastProfileSnapshot(db: PantauDB, platform: PlatformId, handle: string) {
  return db.profileSnapshots
    .where('[platform+handle+capturedAt]')
    .between([platform, handle, Dexie.minKey], [platform, handle, Dexie.maxKey])
    .last();
}

/** The follower (and following, posts) series of one account, oldest first. */
export function profileSnapshots(db: PantauDB, platform: PlatformId, handle: string) {
  return db.profileSnapshots
    .where('[platform+handle+capturedAt]')
    .between([platform, handle, Dexie.minKey], [platform, handle, Dexie.maxKey])
    .toArray();
}

/** Posts by key, in the order asked (undefined where a post is not stored). */
export const getPosts = (db: PantauDB, keys: ReadonlyArray<[PlatformId, string]>) => db.posts.bulkGet([...keys]);

/** Every stored post of one author (lower-cased handle), in no particular order. */
export const postsOfAuthor = (db: PantauDB, platform: PlatformId, authorKey: string) =>
  db.posts.where('[platform+authorKey]').equals([platform, authorKey]).toArray();

/** A breakout notification was shown for this post: it is never shown again. */
export async function markBreakoutAlerted(db: PantauDB, platform: PlatformId, postId: string, at: number): Promise<void> {
  await db.posts.update([platform, postId], { breakoutAlertedAt: at });
}

/** The time series of one post, oldest first. */
export function postSnapshots(db: PantauDB, platform: PlatformId, postId: string) {
  return snapshotRange(db, platform, postId).toArray();
}
