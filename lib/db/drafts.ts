import type { PlatformId } from '../platforms/types';
import type { PantauDB } from './db';
import type { DraftRow, DraftStatus } from './schema';

export interface DraftInput {
  id?: string;
  text: string;
  platforms: PlatformId[];
}

/** Create or update a draft's text and targets, keeping its schedule. */
export async function saveDraft(db: PantauDB, input: DraftInput, now: number, newId: () => string): Promise<DraftRow> {
  const prev = input.id ? await db.drafts.get(input.id) : undefined;
  const row: DraftRow = {
    ...(prev ?? { id: input.id ?? newId(), status: 'draft' as DraftStatus, createdAt: now }),
    text: input.text,
    platforms: input.platforms,
    updatedAt: now,
  };
  await db.drafts.put(row);
  return row;
}

export class ScheduleInPastError extends Error {
  constructor() {
    super('The schedule time is in the past.');
  }
}

/** Schedule a draft. A time that is not in the future is refused, not silently moved. */
export async function scheduleDraft(
  db: PantauDB,
  input: DraftInput & { scheduledAt: number },
  now: number,
  newId: () => string,
): Promise<DraftRow> {
  if (!(input.scheduledAt > now)) throw new ScheduleInPastError();
  return db.transaction('rw', db.drafts, async () => {
    const saved = await saveDraft(db, input, now, newId);
    const row: DraftRow = { ...saved, status: 'scheduled', scheduledAt: input.scheduledAt, updatedAt: now };
    await db.drafts.put(row);
    return row;
  });
}

export async function setDraftStatus(db: PantauDB, id: string, status: DraftStatus, now: number): Promise<DraftRow | undefined> {
  const row = await db.drafts.get(id);
  if (!row) return undefined;
  const next: DraftRow = { ...row, status, updatedAt: now, ...(status === 'posted' ? { postedAt: now } : {}) };
  await db.drafts.put(next);
  return next;
}

export const scheduledDrafts = (db: PantauDB) => db.drafts.where('status').equals('scheduled').toArray();
