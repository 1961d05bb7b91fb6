/** A HAR file to stored rows: read it whole (nothing stored if it is bad), then send its batches to the writer. */
import type { Result } from '../messaging/protocol';
import type { ImportBatch } from '../messaging/schemas';
import type { PlatformId } from '../platforms/types';
import { readHar, type HarPlatformSummary, type ReadHarOptions } from './read';

export interface HarOutcome {
  /** `newPosts`: posts that were not stored before the import (the rest were already there). */
  perPlatform: Array<{ platform: PlatformId; stored: number; newPosts?: number } & HarPlatformSummary>;
  entriesTotal: number;
}

/** Reading is the first 70 % of the progress bar, storing the rest. */
const READ_SHARE = 0.7;

export async function importHar(
  file: Blob,
  opts: Omit<ReadHarOptions, 'size' | 'onProgress'> & {
    send(batch: ImportBatch): Promise<Result<{ stored: number }>>;
    /** Posts stored for a platform now (read, not written: the background is the one writer). */
    countPosts?(platform: PlatformId): Promise<number>;
    onProgress?(fraction: number): void;
  },
): Promise<HarOutcome> {
  const read = await readHar(file.stream(), { ...opts, size: file.size, onProgress: (f) => opts.onProgress?.(f * READ_SHARE) });
  const stored: Partial<Record<PlatformId, number>> = {};
  const platforms = Object.keys(read.summary) as PlatformId[];
  const before = opts.countPosts ? await Promise.all(platforms.map((p) => opts.countPosts!(p))) : undefined;
  let done = 0;
  for (const batch of read.batches) {
    const res = await opts.send(batch);
    if (!res.ok) throw new Error(res.detail ?? res.error);
    stored[batch.platform] = (stored[batch.platform] ?? 0) + res.stored;
    opts.onProgress?.(READ_SHARE + ((1 - READ_SHARE) * ++done) / read.batches.length);
  }
  const after = opts.countPosts && before ? await Promise.all(platforms.map((p) => opts.countPosts!(p))) : undefined;
  return {
    entriesTotal: read.entriesTotal,
    perPlatform: platforms.map((platform, i) => ({
      platform,
      stored: stored[platform] ?? 0,
      ...(before && after ? { newPosts: Math.max(0, after[i]! - before[i]!) } : {}),
      ...read.summary[platform]!,
    })),
  };
}
