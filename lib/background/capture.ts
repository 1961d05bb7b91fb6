import type { PantauDB } from '../db/db';
import { bumpHealth } from '../db/health';
import { ingestBatch } from '../db/ingest';
import type { Result } from '../messaging/protocol';
import { captureBatchSchema, LIMITS } from '../messaging/schemas';
import { adapterForHost } from '../platforms/registry';
import { DEFAULT_SETTINGS, storageFullItem, type Settings } from '../settings';
import { checkBreakouts } from './breakouts';
import { linkPostedDrafts } from './drafts';
import { senderHost, type SenderLike } from './guards';

let storageFullSeen = false;

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
  settings: Pick<Settings, 'capture' | 'snapshotIntervalMinutes' | 'breakoutAlerts'> &
    Partial<Pick<Settings, 'engagementCounters'>> = DEFAULT_SETTINGS,
): Promise<Result<{ stored: number }>> {
  const host = senderHost(sender);
  const adapter = host ? adapterForHost(host) : undefined;
  if (!adapter) return { ok: false, error: 'forbidden', detail: 'not a platform tab' };
  if (!settings.capture[adapter.id]) return { ok: false, error: 'forbidden', detail: 'capture is switched off for this platform' };

  const parsed = captureBatchSchema.safeParse(raw);
  const reject = async (detail: string): Promise<Result<{ stored: number }>> => {
    await bumpHealth(db, adapter.id, { batchesRejected: 1, lastProblem: `batch rejected: ${detail}` }, now);
    return { ok: false, error: 'invalidInput', detail };
  };
  if (!parsed.success) return reject(parsed.error.issues[0]?.message ?? 'malformed');
  const batch = parsed.data;
  if (batch.platform !== adapter.id) return reject('platform does not match the sending tab');
  const foreign = batch.posts.find((p) => p.platform !== adapter.id || !adapter.hosts.includes(hostOf(p.url)));
  if (foreign || batch.profiles.some((p) => p.platform !== adapter.id)) return reject('row for another platform');

  // capturedAt comes from the page side: accept small skew, otherwise use the receipt time.
  if (batch.capturedAt > now + LIMITS.futureSkewMs || batch.capturedAt < now - LIMITS.maxAgeMs) batch.capturedAt = now;

  try {
    const outcome = await ingestBatch(db, batch, now, settings.snapshotIntervalMinutes * 60_000);
    // Alerts never fail a stored batch.
    if (settings.breakoutAlerts && outcome.posts)
      await checkBreakouts(db, batch.posts, now, settings.engagementCounters).catch(() => undefined);
    // A draft handed to this platform's composer shows up here once the user posted it.
    if (outcome.posts) await linkPostedDrafts(db, batch.posts, now).catch(() => undefined);
    if (storageFullSeen) {
      storageFullSeen = false;
      await storageFullItem.setValue(null);
    }
    return { ok: true, stored: outcome.posts };
  } catch (err) {
    // The ingest transaction aborted as a whole (nothing partial is stored); the content script
    // keeps the batch and retries it, so it lands once space is freed.
    if (isQuotaError(err)) {
      storageFullSeen = true;
      await storageFullItem.setValue(now).catch(() => undefined);
      return { ok: false, error: 'storageFull', detail: 'browser storage is full' };
    }
    return { ok: false, error: 'internal', detail: String(err).slice(0, 200) };
  }
}
