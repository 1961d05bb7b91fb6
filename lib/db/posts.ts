import Dexie from 'dexie';
import type { CapturedPost, CapturedProfile, MetricKey, Metrics, PlatformId } from '../platforms/types';
import { METRIC_KEYS } from '../platforms/types';
import type { PantauDB } from './db';
import type { PostRow, PostSnapshotRow, ProfileSnapshotRow } from './schema';

/** A new sample is appended when a counter changed, or this long after the last one. */
export const SNAPSHOT_INTERVAL_MS = 60 * 60 * 1000;

const sameMetrics = (a: Metrics, b: Metrics) => METRIC_KEYS.every((k) => a[k] === b[k]);
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

/**
 * Upsert the latest state of each post and return the snapshot rows that the append rule asks
 * for (the caller writes them in the same transaction). One bulkGet and one bulkPut per batch.
 */
export async function upsertPosts(db: PantauDB, posts: CapturedPost[], capturedAt: number): Promise<PostSnapshotRow[]> {
  if (!posts.length) return [];
  const keys = posts.map((p) => [p.platform, p.postId] as [string, string]);
  const existing = await db.posts.bulkGet(keys);
  const rows = new Map<string, PostRow>();
  const snapshots = new Map<string, PostSnapshotRow>();

  posts.forEach((p, i) => {
    const key = `${p.platform}\u0000${p.postId}`;
    const prev = rows.get(key) ?? existing[i];
    if (prev && capturedAt < prev.lastSeenAt) return; // an older sighting arriving late: history already newer
    const { metrics, approximate } = mergeMetrics(prev?.metrics ?? {}, prev?.approximate, p.metrics, p.approximate);
    const text = prev && prev.text.length > p.text.length ? prev.text : p.text;
    const row: PostRow = {
      platform: p.platform,
      postId: p.postId,
      url: p.url,
      authorHandle: p.authorHandle,
      authorKey: p.authorHandle.toLowerCase(),
      createdAt: prev?.createdAt || p.createdAt,
      text,
      hashtags: text === p.text ? p.hashtags : (prev?.hashtags ?? p.hashtags),
      metrics,
      firstSeenAt: prev?.firstSeenAt ?? capturedAt,
      lastSeenAt: capturedAt,
      ...(approximate.length ? { approximate } : {}),
      ...((p.mediaType ?? prev?.mediaType) ? { mediaType: p.mediaType ?? prev?.mediaType } : {}),
      ...((p.authorFollowers ?? prev?.authorFollowers) !== undefined
        ? { authorFollowers: p.authorFollowers ?? prev?.authorFollowers }
        : {}),
      ...((p.repostOf ?? prev?.repostOf) ? { repostOf: p.repostOf ?? prev?.repostOf } : {}),
      ...((p.quoteOf ?? prev?.quoteOf) ? { quoteOf: p.quoteOf ?? prev?.quoteOf } : {}),
      ...(prev?.lastSnapshotAt !== undefined ? { lastSnapshotAt: prev.lastSnapshotAt } : {}),
    };
    const due =
      hasCounters(metrics) &&
      (prev?.lastSnapshotAt === undefined ||
        !sameMetrics(prev.metrics, metrics) ||
        capturedAt - prev.lastSnapshotAt >= SNAPSHOT_INTERVAL_MS);
    if (due) {
      row.lastSnapshotAt = capturedAt;
      snapshots.set(key, { platform: p.platform, postId: p.postId, capturedAt, metrics, ...(approximate.length ? { approximate } : {}) });
    }
    rows.set(key, row);
  });

  await db.posts.bulkPut([...rows.values()]);
  return [...snapshots.values()];
}

/** Append metric samples. Keyed by [platform+postId+capturedAt], so re-adding one is a no-op. */
export async function addSnapshots(db: PantauDB, snapshots: PostSnapshotRow[]): Promise<void> {
  if (snapshots.length) await db.postSnapshots.bulkPut(snapshots);
}

/** Append profile samples by the same rule as posts: on change, or after the interval. */
export async function recordProfiles(db: PantauDB, profiles: CapturedProfile[], capturedAt: number): Promise<number> {
  const byHandle = new Map<string, CapturedProfile>();
  for (const p of profiles) byHandle.set(`${p.platform}\u0000${p.handle.toLowerCase()}`, p);
  const out: ProfileSnapshotRow[] = [];
  for (const p of byHandle.values()) {
    const handle = p.handle.toLowerCase();
    const last = await lastProfileSnapshot(db, p.platform, handle);
    const row: ProfileSnapshotRow = {
      platform: p.platform,
      handle,
      capturedAt,
      ...(p.followers !== undefined ? { followers: p.followers } : {}),
      ...(p.following !== undefined ? { following: p.following } : {}),
      ...(p.posts !== undefined ? { posts: p.posts } : {}),
    };
    if (row.followers === undefined && row.following === undefined && row.posts === undefined) continue;
    if (last && capturedAt <= last.capturedAt) continue;
    const changed = !last || last.followers !== row.followers || last.following !== row.following || last.posts !== row.posts;
    if (changed || capturedAt - last.capturedAt >= SNAPSHOT_INTERVAL_MS) out.push(row);
  }
  if (out.length) await db.profileSnapshots.bulkPut(out);
  return out.length;
}

export function lastProfileSnapshot(db: PantauDB, platform: PlatformId, handle: string) {
  return db.profileSnapshots
    .where('[platform+handle+capturedAt]')
    .between([platform, handle, Dexie.minKey], [platform, handle, Dexie.maxKey])
    .last();
}

/** The time series of one post, oldest first. */
export function postSnapshots(db: PantauDB, platform: PlatformId, postId: string) {
  return db.postSnapshots
    .where('[platform+postId+capturedAt]')
    .between([platform, postId, Dexie.minKey], [platform, postId, Dexie.maxKey])
    .toArray();
}
