import type { PantauDB } from '../db/db';
import { bumpHealth } from '../db/health';
import { ingestBatch, type IngestOutcome } from '../db/ingest';
import type { Result } from '../messaging/protocol';
import { postBytes } from '../messaging/limits';
import { captureBatchSchema, LIMITS, salvageBatch, type CaptureBatch } from '../messaging/schemas';
import { noteStored, takeStoredThisWindow, withinBudget } from './budget';
import { adapterForHost } from '../platforms/registry';
import { DEFAULT_SETTINGS, storageFullItem, suspectPostsItem, SUSPECT_POSTS_MAX, type Settings } from '../settings';
import { checkBreakouts } from './breakouts';
import { recordVisit } from './inspector';
import { linkPostedDrafts } from './drafts';
import { senderHost, type SenderLike } from './guards';

type CaptureSettings = Pick<Settings, 'capture' | 'snapshotIntervalMinutes' | 'breakoutAlerts'> &
  Partial<Pick<Settings, 'engagementCounters'>>;

/** What a post-write step gets: the batch as stored, and what storing it did. */
export interface PostWriteContext {
  db: PantauDB;
  batch: CaptureBatch;
  outcome: IngestOutcome;
  now: number;
  settings: CaptureSettings;
  /** The sending tab, when known. */
  tabId?: number;
}
export type PostWriteStep = (ctx: PostWriteContext) => Promise<void>;

/**
 * What follows a stored batch, run after the content script has its answer: nothing here may
 * delay the ack (the content script holds the batch until it is acknowledged) or fail it.
 */
export const POST_WRITE_STEPS: readonly PostWriteStep[] = [
  // First, as it is quick: the sooner after the commit, the smaller the window in which a batch
  // failing meanwhile has its fresh flag cleared. Read from storage, not module state: the worker
  // that saw storage fill may have been stopped since.
  async () => {
    if ((await storageFullItem.getValue()) !== null) await storageFullItem.setValue(null);
  },
  // Before draft linking, which can make a competitor's author `own` (no longer alerted on).
  async ({ db, batch, outcome, now, settings }) => {
    if (settings.breakoutAlerts && outcome.posts) await checkBreakouts(db, batch.posts, now, settings.engagementCounters);
  },
  // The "On this page" inspector: what this tab's visit saw, and the posts it stored.
  async ({ batch, outcome, now, tabId }) => {
    if (batch.visit && tabId !== undefined)
      await recordVisit(
        tabId,
        batch.platform,
        batch.visit,
        outcome.stored.map((p) => p.postId),
        now,
      );
  },
  // A draft handed to this platform's composer shows up here once the user posted it.
  async ({ db, outcome, now }) => {
    // Only posts actually stored: an ignored author's post is not, and must not link a draft either.
    if (outcome.posts) await linkPostedDrafts(db, outcome.stored, now);
  },
];

/**
 * Post-write runs still going. The reply does not wait for them. MV3 stops the worker only after
 * 30 s without events or extension API calls; these runs take far less, and their own API calls
 * (storage, notifications) reset that timer.
 */
const inFlight = new Set<Promise<void>>();

/** Every step in turn, each on its own: one that throws is passed over, and the next still runs. */
async function runPostWrite(steps: readonly PostWriteStep[], ctx: PostWriteContext): Promise<void> {
  for (const step of steps) {
    try {
      await step(ctx);
    } catch {
      // A post-write step is best effort (an alert, a link): the batch is stored either way.
    }
  }
}

/** Resolves once every post-write run started so far has finished (for tests). */
export async function settled(): Promise<void> {
  while (inFlight.size) await Promise.all(inFlight);
}

/** QuotaExceededError, whether raw, wrapped by Dexie, or the inner cause of an aborted transaction. */
export function isQuotaError(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 4; e = (e as { inner?: unknown }).inner, depth++) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    if (/quota/i.test(`${String(name)} ${String(message)}`)) return true;
  }
  return false;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

/**
 * The background's edge for captured data. A page can forge what its content script sends, so:
 * the batch must parse, must be for the platform of the sending tab, and every post URL must be
 * on that platform. A page can therefore only ever add posts for its own platform.
 */
export async function handleCapturePosts(
  raw: unknown,
  sender: SenderLike,
  db: PantauDB,
  now: number,
  settings: CaptureSettings = DEFAULT_SETTINGS,
  steps: readonly PostWriteStep[] = POST_WRITE_STEPS,
): Promise<Result<{ stored: number }>> {
  const host = senderHost(sender);
  const adapter = host ? adapterForHost(host) : undefined;
  if (!adapter) return { ok: false, error: 'forbidden', detail: 'not a platform tab' };
  if (!settings.capture[adapter.id]) return { ok: false, error: 'forbidden', detail: 'capture is switched off for this platform' };

  const reject = async (detail: string): Promise<Result<{ stored: number }>> => {
    await bumpHealth(db, adapter.id, { batchesRejected: 1, lastProblem: `batch rejected: ${detail}` }, now);
    return { ok: false, error: 'invalidInput', detail };
  };
  // Size and budget before the schema check, so a flood of huge batches costs almost nothing to refuse.
  const rawPosts = (raw as { posts?: unknown } | null)?.posts;
  const rows = Array.isArray(rawPosts) ? rawPosts.slice(0, LIMITS.postsPerBatch + 1) : [];
  const bytes = rows.reduce((n: number, p) => n + postBytes(p), 0);
  if (bytes > LIMITS.batchJsonBytes) return reject(`batch too large (about ${Math.ceil(bytes / 1_048_576)} MB)`);
  const tabKey = String(sender.tab?.id ?? sender.url ?? '?');
  if (!withinBudget(tabKey, adapter.id, rows.length, bytes, now)) {
    await bumpHealth(db, adapter.id, { rowsRejected: rows.length, lastProblem: 'over the capture budget for this minute' }, now);
    // What this tab stored this minute is suspect: "Free up space" takes it first.
    const suspect = takeStoredThisWindow(tabKey);
    if (suspect.length) await suspectPostsItem.setValue([...(await suspectPostsItem.getValue()), ...suspect].slice(-SUSPECT_POSTS_MAX));
    // Not final: the content script keeps the batch and retries later, so a real burst loses nothing.
    return { ok: false, error: 'rateLimited', detail: 'over the capture budget for this minute' };
  }
  const parsed = captureBatchSchema.safeParse(raw);
  // A batch with some invalid rows is split: its valid rows are stored, the others counted with the reason.
  const salvaged = parsed.success ? { batch: parsed.data, refused: 0 } : salvageBatch(raw);
  if (!salvaged) return reject(parsed.error?.issues[0]?.message ?? 'malformed');
  const batch = salvaged.batch;
  if (batch.platform !== adapter.id) return reject('platform does not match the sending tab');
  // Rows for another platform (a page can only ever add posts for its own) are refused, not the batch.
  const own = (p: { platform: string; url?: string }) =>
    p.platform === adapter.id && (p.url === undefined || adapter.hosts.includes(hostOf(p.url)));
  const posts = batch.posts.filter(own);
  const profiles = batch.profiles.filter(own);
  const refused = salvaged.refused + (batch.posts.length - posts.length) + (batch.profiles.length - profiles.length);
  batch.posts = posts;
  batch.profiles = profiles;
  // The visit's page must be the platform's own (it is shown in the side panel).
  if (batch.visit && !adapter.hosts.includes(hostOf(batch.visit.pageUrl))) delete batch.visit;
  if (refused) {
    const reason = 'reason' in salvaged && salvaged.reason ? salvaged.reason : 'row for another platform';
    const problem = `${refused} row${refused === 1 ? '' : 's'} refused: ${reason}`;
    // Nothing valid left: the batch is refused for good (counted), and the content script drops it.
    if (!posts.length && !profiles.length) return reject(problem.slice(0, 180));
    // Also the batch's own last problem, so the ingest's health write (after this one) keeps it.
    batch.health = { ...batch.health, lastProblem: problem.slice(0, 200) };
    await bumpHealth(db, adapter.id, { rowsRejected: refused, lastProblem: problem.slice(0, 200) }, now);
  }

  // capturedAt comes from the page side: accept small skew, otherwise use the receipt time.
  if (batch.capturedAt > now + LIMITS.futureSkewMs || batch.capturedAt < now - LIMITS.maxAgeMs) batch.capturedAt = now;

  let outcome: IngestOutcome;
  try {
    outcome = await ingestBatch(db, batch, now, settings.snapshotIntervalMinutes * 60_000);
  } catch (err) {
    // The ingest transaction aborted as a whole (nothing partial is stored); the content script
    // keeps the batch and retries it, so it lands once space is freed.
    if (isQuotaError(err)) {
      await storageFullItem.setValue(now).catch(() => undefined);
      return { ok: false, error: 'storageFull', detail: 'browser storage is full' };
    }
    return { ok: false, error: 'internal', detail: String(err).slice(0, 200) };
  }
  noteStored(
    tabKey,
    outcome.stored.map((p) => [p.platform, p.postId]),
    now,
  );
  // Committed: the batch is acknowledged now, and what follows it runs after.
  const run = runPostWrite(steps, { db, batch, outcome, now, settings, ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}) });
  inFlight.add(run);
  void run.finally(() => inFlight.delete(run));
  return { ok: true, stored: outcome.posts };
}
