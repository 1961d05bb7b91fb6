import { z } from 'zod';
import { METRIC_KEYS, PLATFORM_IDS, PROFILE_COUNTERS } from '../platforms/types';

/** Row schemas: the shape of every table, checked in tests and at the write edge. */

export const platformSchema = z.enum(PLATFORM_IDS);
const count = z.number().int().nonnegative().max(1e13);
export const metricsSchema = z.object(Object.fromEntries(METRIC_KEYS.map((k) => [k, count.optional()]))) as z.ZodObject<
  Record<(typeof METRIC_KEYS)[number], z.ZodOptional<typeof count>>
>;
const ms = z.number().int().nonnegative();

export const postRowSchema = z.object({
  platform: platformSchema,
  postId: z.string().min(1),
  url: z.string(),
  authorHandle: z.string().min(1),
  /** Lower-cased handle, for case-insensitive lookups (X handles are case-insensitive). */
  authorKey: z.string().min(1),
  createdAt: z.string(),
  text: z.string(),
  hashtags: z.array(z.string()),
  mediaType: z.enum(['text', 'photo', 'video', 'gif', 'mixed', 'link']).optional(),
  /** The latest counters. */
  metrics: metricsSchema,
  /** Which of the latest counters are lower bounds read from abbreviated text. */
  approximate: z.array(z.enum(METRIC_KEYS)).optional(),
  authorFollowers: count.optional(),
  repostOf: z.string().optional(),
  quoteOf: z.string().optional(),
  firstSeenAt: ms,
  lastSeenAt: ms,
  /** capturedAt of the newest postSnapshots row, for the append rule without a second read. */
  lastSnapshotAt: ms.optional(),
  /**
   * Counters interpolated at 24 h of age, set by the writer when a sample first passes 24 h (a
   * per-post rollup: the dashboard reads post rows, not the snapshot history).
   */
  metrics24h: metricsSchema.optional(),
  /** When a breakout alert was shown for this post (at most one per post). */
  breakoutAlertedAt: ms.optional(),
});
export type PostRow = z.infer<typeof postRowSchema>;

export const postSnapshotRowSchema = z.object({
  platform: platformSchema,
  postId: z.string().min(1),
  capturedAt: ms,
  metrics: metricsSchema,
  approximate: z.array(z.enum(METRIC_KEYS)).optional(),
});
export type PostSnapshotRow = z.infer<typeof postSnapshotRowSchema>;

export const profileSnapshotRowSchema = z.object({
  platform: platformSchema,
  /** Lower-cased handle; the display form lives on posts and accounts. */
  handle: z.string().min(1),
  capturedAt: ms,
  followers: count.optional(),
  following: count.optional(),
  posts: count.optional(),
  approximate: z.array(z.enum(PROFILE_COUNTERS)).optional(),
});
export type ProfileSnapshotRow = z.infer<typeof profileSnapshotRowSchema>;

export const accountRoleSchema = z.enum(['competitor', 'own', 'ignored']);
export type AccountRole = z.infer<typeof accountRoleSchema>;
export const accountRowSchema = z.object({
  platform: platformSchema,
  /** Lower-cased handle (key). */
  handle: z.string().min(1),
  displayHandle: z.string().min(1),
  role: accountRoleSchema,
  group: z.string().max(80).optional(),
  addedAt: ms,
});
export type AccountRow = z.infer<typeof accountRowSchema>;

export const draftStatusSchema = z.enum(['draft', 'scheduled', 'due', 'posted', 'missed', 'failed']);
export type DraftStatus = z.infer<typeof draftStatusSchema>;
export const draftRowSchema = z.object({
  id: z.string().min(1),
  text: z.string().max(100_000),
  platforms: z.array(platformSchema).min(1),
  status: draftStatusSchema,
  scheduledAt: ms.optional(),
  createdAt: ms,
  updatedAt: ms,
  postedAt: ms.optional(),
});
export type DraftRow = z.infer<typeof draftRowSchema>;

export const healthRowSchema = z.object({
  platform: platformSchema,
  postsParsed: count,
  payloadsNotUnderstood: count,
  selectorMisses: count,
  batchesRejected: count,
  /** Page views with post-like elements since the last post was parsed. */
  pagesSinceSuccess: count.optional(),
  lastSuccessAt: ms.optional(),
  lastProblemAt: ms.optional(),
  lastProblem: z.string().max(200).optional(),
  /** The last few shapes (keys only) of payloads that were not understood, for debugging. */
  samples: z.array(z.string().max(200)).max(5).optional(),
});
export type HealthRow = z.infer<typeof healthRowSchema>;
