import { z } from 'zod';
import { COMPOSE_TARGETS } from '../platforms/registry';
import { DATE_PRECISIONS, METRIC_KEYS, PROFILE_COUNTERS } from '../platforms/types';
import { PLATFORM_IDS } from '../platforms/registry';

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
  /** Set when createdAt was worked out from a relative date ("13 days ago"): its precision. Gone once an exact date is seen. */
  createdAtPrecision: z.enum(DATE_PRECISIONS).optional(),
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
export const targetSchema = z.enum(COMPOSE_TARGETS);
const perTarget = <T extends z.ZodType>(v: T) => z.partialRecord(targetSchema, v);

/** What the composer sets on a draft besides its text and targets (also the edge schema of saveDraft). */
export const draftOptionsShape = {
  /** Variants forked from the base by editing; absent means "same as the base". */
  variants: perTarget(z.string().max(100_000)).optional(),
  /** Thread parts the user arranged by hand (moved split points); absent means automatic. */
  threads: perTarget(z.array(z.string().max(100_000)).max(100)).optional(),
  /** Split over-long text into a thread (X, Bluesky, Threads, Mastodon), with " k/N" markers. */
  thread: z.boolean().optional(),
  numbering: z.boolean().optional(),
  /** utm_campaign; links are tagged when `utm` is on. */
  campaign: z.string().max(100).optional(),
  utm: z.boolean().optional(),
};

/** How a draft reached one platform. `parts` are the live posts of a thread (API posting). */
export const deliverySchema = z.object({
  via: z.enum(['api', 'inPage', 'intent', 'clipboard', 'manual', 'seen']),
  at: ms,
  url: z.string().max(2000).optional(),
  /** The captured post it was matched to (then its performance shows in insights). */
  postId: z.string().max(64).optional(),
  /** Posts already live, in order; a thread that failed partway resumes after the last. */
  parts: z
    .array(z.object({ id: z.string().max(300), cid: z.string().max(200).optional(), url: z.string().max(2000).optional() }))
    .max(100)
    .optional(),
  /** Posts in the thread; an API delivery is complete when every one is live. */
  total: z.number().int().positive().max(100).optional(),
  /** The last failure, in words for the UI (an error code). */
  error: z.string().max(200).optional(),
  /**
   * The first post as handed over, normalised for matching (lib/compose/draft.ts matchText), so
   * linking a captured post compares strings instead of splitting the draft again on every batch.
   */
  firstPart: z.string().max(100_000).optional(),
  /** A captured post with the same text by an author Pantau does not know: the user confirms it is theirs. */
  suggested: z
    .object({ postId: z.string().max(64), url: z.string().max(2000), author: z.string().max(200), text: z.string().max(500) })
    .optional(),
  /** Posts the user said are not theirs: never suggested again. */
  dismissed: z.array(z.string().max(64)).max(20).optional(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const draftRowSchema = z.object({
  id: z.string().min(1),
  /** The base text; a platform without a variant uses it. */
  text: z.string().max(100_000),
  platforms: z.array(targetSchema).min(1),
  status: draftStatusSchema,
  scheduledAt: ms.optional(),
  createdAt: ms,
  updatedAt: ms,
  postedAt: ms.optional(),
  ...draftOptionsShape,
  delivery: perTarget(deliverySchema).optional(),
});
export type DraftRow = z.infer<typeof draftRowSchema>;

export const MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const MEDIA_MAX_BYTES = 8 * 1024 * 1024;
export const MEDIA_PER_DRAFT = 4;
/** An image attached to a draft, stored as a Blob. */
export const mediaRowSchema = z.object({
  id: z.string().min(1),
  draftId: z.string().min(1),
  name: z.string().max(200),
  type: z.enum(MEDIA_TYPES),
  size: z.number().int().nonnegative().max(MEDIA_MAX_BYTES),
  blob: z.custom<Blob>((v) => typeof Blob !== 'undefined' && v instanceof Blob, 'a Blob'),
  addedAt: ms,
});
export type MediaRow = z.infer<typeof mediaRowSchema>;

/**
 * Posting credentials (Bluesky session tokens, Mastodon access tokens). They live only in the
 * extension's own IndexedDB: content scripts run in the page's origin and cannot open it.
 */
export interface SecretRow {
  key: string;
  value: unknown;
}

export const healthRowSchema = z.object({
  platform: platformSchema,
  postsParsed: count,
  payloadsNotUnderstood: count,
  selectorMisses: count,
  batchesRejected: count,
  /** Rows refused from batches whose other rows were stored (a counter out of range, a row for another platform). */
  rowsRejected: count.optional(),
  /** Page-to-extension messages refused by the content script (flood, malformed, oversized). */
  messagesDropped: count.optional(),
  /** Page views with post-like elements since the last post was parsed. */
  pagesSinceSuccess: count.optional(),
  lastSuccessAt: ms.optional(),
  lastProblemAt: ms.optional(),
  lastProblem: z.string().max(200).optional(),
  /** The last few shapes (keys only) of payloads that were not understood, for debugging. */
  samples: z.array(z.string().max(200)).max(5).optional(),
  /** Post-like items seen and kept per local day (YYYY-MM-DD), the last 8 days: coverage = kept ÷ seen. */
  coverage: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.object({ seen: count, kept: count })).optional(),
});
export type HealthRow = z.infer<typeof healthRowSchema>;

/**
 * Another form of an account's name (a channel id, a numeric user id, a DID, a former handle), and
 * the handle it is stored under. The writer maps rows arriving under an alias to the handle.
 */
export const aliasRowSchema = z.object({
  platform: platformSchema,
  /** Lower-cased. */
  alias: z.string().min(1).max(128),
  /** The handle rows are stored under (as the platform spells it). */
  handle: z.string().min(1).max(100),
  at: ms,
});
export type AliasRow = z.infer<typeof aliasRowSchema>;

/** The row schema of every table a backup may carry (credentials are never exported). */
export const ROW_SCHEMAS = {
  posts: postRowSchema,
  postSnapshots: postSnapshotRowSchema,
  profileSnapshots: profileSnapshotRowSchema,
  accounts: accountRowSchema,
  drafts: draftRowSchema,
  health: healthRowSchema,
  media: mediaRowSchema,
  aliases: aliasRowSchema,
} as const;
