/** A HAR file to stored rows: read it whole (nothing stored if it is bad), then send its batches to the writer. */
import type { Result } from '../messaging/protocol';
import type { ImportBatch } from '../messaging/schemas';
import type { PlatformId } from '../platforms/types';
import { readHar, type HarPlatformSummary, type ReadHarOptions } from './read';

export interface HarOutcome {
  perPlatform: Array<{ platform: PlatformId; stored: number } & HarPlatformSummary>;
  entriesTotal: number;
}

/** Reading is the first 70 % of the progress bar, storing the rest. */
const READ_SHARE = 0.7;

export async function importHar(
  file: Blob,
  opts: Omit<ReadHarOptions, 'size' | 'onProgress'> & {
    send(batch: ImportBatch): Promise<Result<{ stored: number }>>;
    onProgress?(fraction: number): void;
  },
): Promise<HarOutcome> {
  const read = await readHar(file.stream(), { ...opts, size: file.size, onProgress: (f) => opts.onProgress?.(f * READ_SHARE) });
  const stored: Partial<Record<PlatformId, number>> = {};
  let done = 0;
  for (const batch of read.batches) {
    const res = await opts.send(batch);
    if (!res.ok) throw new Error(res.detail ?? res.error);
    stored[batch.platform] = (stored[batch.platform] ?? 0) + res.stored;
    opts.onProgress?.(READ_SHARE + ((1 - READ_SHARE) * ++done) / read.batches.length);
  }
  return {
    entriesTotal: read.entriesTotal,
    perPlatform: (Object.entries(read.summary) as Array<[PlatformId, HarPlatformSummary]>).map(([platform, s]) => ({
      platform,
      stored: stored[platform] ?? 0,
      ...s,
    })),
  };
}
