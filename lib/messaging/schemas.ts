import { z } from 'zod';
import { accountRoleSchema, draftOptionsShape, MEDIA_MAX_BYTES, MEDIA_TYPES, platformSchema, targetSchema } from '../db/schema';
import { DATE_PRECISIONS, METRIC_KEYS, PROFILE_COUNTERS, SKIP_REASONS } from '../platforms/types';
import { LIMITS } from './limits';
import { API_TARGETS, POSTING } from '../platforms/registry';

/**
 * Everything a content script sends is untrusted: the host page can run code in the same
 * renderer. These schemas are the edge; the background parses every batch with them.
 */
export { LIMITS };

const count = z.number().int().nonnegative().max(LIMITS.maxCount);
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w.:-]+$/);
const handle = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.-]+$/);
const httpUrl = z
  .string()
  .max(LIMITS.urlChars)
  .refine((u) => /^https:\/\//.test(u), 'url must be https');
const isoOrEmpty = z
  .string()
  .max(40)
  .refine((s) => s === '' || !Number.isNaN(Date.parse(s)), 'createdAt must be ISO 8601');

export const capturedPostSchema = z.object({
  platform: platformSchema,
  postId: id,
  url: httpUrl,
  authorHandle: handle,
  createdAt: isoOrEmpty,
  createdAtPrecision: z.enum(DATE_PRECISIONS).optional(),
  text: z.string().max(LIMITS.textChars),
  hashtags: z.array(z.string().min(1).max(140)).max(LIMITS.hashtags),
  mediaType: z.enum(['text', 'photo', 'video', 'gif', 'mixed', 'link']).optional(),
  metrics: z.strictObject(
    Object.fromEntries(METRIC_KEYS.map((k) => [k, count.optional()])) as Record<(typeof METRIC_KEYS)[number], z.ZodOptional<typeof count>>,
  ),
  approximate: z.array(z.enum(METRIC_KEYS)).max(METRIC_KEYS.length).optional(),
  authorFollowers: count.optional(),
  repostOf: id.optional(),
  quoteOf: id.optional(),
});

export const capturedProfileSchema = z.object({
  platform: platformSchema,
  handle,
  followers: count.optional(),
  following: count.optional(),
  posts: count.optional(),
  approximate: z.array(z.enum(PROFILE_COUNTERS)).max(PROFILE_COUNTERS.length).optional(),
});

export const healthDeltaSchema = z.object({
  postsParsed: z.number().int().nonnegative().max(100_000).optional(),
  payloadsNotUnderstood: z.number().int().nonnegative().max(100_000).optional(),
  selectorMisses: z.number().int().nonnegative().max(100_000).optional(),
  /** Page views (routes) that showed post-like elements. */
  pagesWithPosts: z.number().int().nonnegative().max(10_000).optional(),
  /** Bridge messages the content script refused (rate limit, malformed, oversized). */
  messagesDropped: z.number().int().nonnegative().max(1e9).optional(),
  lastProblem: z.string().max(200).optional(),
  /** Shapes (keys only, never content) of payloads that were not understood. */
  samples: z.array(z.string().max(200)).max(5).optional(),
  /** Post-like items seen and kept since the last batch: coverage. */
  seen: z.number().int().nonnegative().max(1_000_000).optional(),
  kept: z.number().int().nonnegative().max(1_000_000).optional(),
});

const skipCounts = z.partialRecord(z.enum(SKIP_REASONS), z.number().int().nonnegative().max(1_000_000));
const endpoint = z.string().max(120);

/** What one tab's visit saw since the last batch, for the "On this page" inspector (lib/inspector). */
export const visitReportSchema = z.object({
  /** One page load of the tab: a new id starts a new visit. */
  id,
  pageUrl: httpUrl,
  responses: z.array(z.object({ endpoint, at: z.number().int().positive(), seen: count, kept: count, skipped: skipCounts })).max(50),
  profiles: z.array(handle).max(50),
  warnings: z.array(z.string().max(200)).max(10),
  /** Sanitised shapes of what was not understood (keys and types only; lib/parse-kit/skips.ts). */
  samples: z.array(z.object({ endpoint, reason: z.enum([...SKIP_REASONS, 'notUnderstood']), shape: z.string().max(4000) })).max(3),
});
export type VisitReport = z.infer<typeof visitReportSchema>;

/** Forms of one account a payload joined (lib/db/identities.ts). */
const identitySchema = z.object({
  handle,
  ids: z
    .array(
      z
        .string()
        .min(1)
        .max(128)
        .regex(/^[\w.:-]+$/),
    )
    .min(1)
    .max(4),
});

export const captureBatchSchema = z.object({
  /** Unique per batch; a retried batch keeps its id and capturedAt, so the write is idempotent. */
  batchId: id,
  platform: platformSchema,
  capturedAt: z.number().int().positive(),
  posts: z.array(capturedPostSchema).max(LIMITS.postsPerBatch),
  profiles: z.array(capturedProfileSchema).max(LIMITS.profilesPerBatch),
  health: healthDeltaSchema,
  identities: z.array(identitySchema).max(LIMITS.profilesPerBatch).optional(),
  visit: visitReportSchema.optional(),
});
export type CaptureBatch = z.infer<typeof captureBatchSchema>;

const batchEnvelopeSchema = captureBatchSchema.extend({
  posts: z.array(z.unknown()).max(LIMITS.postsPerBatch),
  profiles: z.array(z.unknown()).max(LIMITS.profilesPerBatch),
});

/**
 * A batch whose envelope is valid but some of whose rows are not: the valid rows, and how many were
 * refused and why (the first reason). One odd row must not void the others. Undefined when the
 * envelope itself is not a batch.
 */
export function salvageBatch(raw: unknown): { batch: CaptureBatch; refused: number; reason?: string } | undefined {
  const envelope = batchEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return undefined;
  let refused = 0;
  let reason: string | undefined;
  const keep = <T>(what: string, rows: unknown[], schema: z.ZodType<T>): T[] =>
    rows.flatMap((row, i) => {
      const r = schema.safeParse(row);
      if (r.success) return [r.data];
      refused++;
      const issue = r.error.issues[0];
      reason ??= `${what}[${i}].${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`.slice(0, 120);
      return [];
    });
  const posts = keep('posts', envelope.data.posts, capturedPostSchema);
  const profiles = keep('profiles', envelope.data.profiles, capturedProfileSchema);
  return { batch: { ...envelope.data, posts, profiles }, refused, ...(reason ? { reason } : {}) };
}

/** Messages only extension pages (popup, side panel) may send. */
const target = targetSchema;
const draftId = z.string().min(1).max(64);
export const saveDraftSchema = z.object({
  id: draftId.optional(),
  text: z.string().min(1).max(100_000),
  platforms: z.array(target).min(1).max(9),
  ...draftOptionsShape,
});
export const scheduleDraftSchema = saveDraftSchema.extend({ scheduledAt: z.number().int().positive() });
export const rescheduleSchema = z.object({ id: draftId, scheduledAt: z.number().int().positive() });
export const draftRefSchema = z.object({ id: draftId });
export const snoozeSchema = z.object({
  id: draftId,
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
});
/** The user's answer to "Is this your post?" for one target of a draft. */
export const answerSuggestionSchema = z.object({ id: draftId, target, mine: z.boolean() });
export const markPostedSchema = z.object({ id: draftId, target: target.optional(), url: z.string().url().max(2000).optional() });
export const composeNowSchema = z.object({
  target,
  parts: z.array(z.string().min(1).max(100_000)).min(1).max(100),
  draftId: draftId.optional(),
});
export const postNowSchema = z.object({ id: draftId, target: target.optional() });
export const attachMediaSchema = z.object({
  draftId,
  name: z.string().max(200),
  type: z.enum(MEDIA_TYPES),
  /** data:<type>;base64,… of at most MEDIA_MAX_BYTES. */
  dataUrl: z
    .string()
    .max(Math.ceil((MEDIA_MAX_BYTES * 4) / 3) + 100)
    .regex(/^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/),
});
const apiTarget = z.enum(API_TARGETS);
/** A connect form's values: only the fields its definition names, each filled in and bounded. */
export const connectSchema = z
  .object({ target: apiTarget, fields: z.record(z.string().max(40), z.string().max(500)) })
  .superRefine(({ target, fields }, ctx) => {
    for (const f of POSTING[target].api?.fields ?? [])
      if (!fields[f.name]?.trim() && !f.initial)
        ctx.addIssue({ code: 'custom', path: ['fields', f.name], message: `${f.name} is required` });
    const known = new Set((POSTING[target].api?.fields ?? []).map((f) => f.name));
    for (const name of Object.keys(fields))
      if (!known.has(name)) ctx.addIssue({ code: 'custom', path: ['fields', name], message: `unknown field ${name}` });
  });
export const apiTargetSchema = z.object({ target: apiTarget });
export const postViaApiSchema = z.object({ id: draftId, target: apiTarget });
export const draftFromPageSchema = z.object({
  pageUrl: z.string().url().max(4000),
  title: z.string().max(500).optional(),
  selectionText: z.string().max(10_000).optional(),
});
export const setAccountRoleSchema = z.object({
  platform: platformSchema,
  handle,
  /** 'none' takes the account off the watchlist. */
  role: z.union([accountRoleSchema, z.literal('none')]),
  group: z.string().max(80).optional(),
});

/** An account by platform and handle ("Ignore", and its "Undo"). */
export const accountRefSchema = z.object({ platform: platformSchema, handle });

export const getBadgesSchema = z.object({ platform: platformSchema, postIds: z.array(id).max(100) });

/**
 * Rows read from an imported HAR file (lib/har), sent by the options page: the capture batch
 * without a visit, whose capturedAt is the entry's time (any past time, never the future).
 */
export const importBatchSchema = captureBatchSchema.omit({ batchId: true, health: true, visit: true }).extend({
  capturedAt: z
    .number()
    .int()
    .min(Date.UTC(2004, 0, 1)),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;
