import type { ComposeTarget } from '../platforms/registry';
import { nextFreeSlot, type QueueSlots } from '../scheduling/queue';
import type { PantauDB } from './db';
import type { Delivery, DraftRow, DraftStatus } from './schema';

/** What the composer sends: the base text, targets, variants and the thread/UTM options. */
export type DraftInput = Pick<DraftRow, 'text' | 'platforms'> &
  Partial<Pick<DraftRow, 'id' | 'variants' | 'threads' | 'thread' | 'numbering' | 'campaign' | 'utm'>>;

// platform-id-ok: `threads` is the draft's hand-arranged thread parts, not the platform.
const EDITABLE = ['variants', 'threads', 'thread', 'numbering', 'campaign', 'utm'] as const;

/** Create or update a draft's text, targets and options, keeping its schedule and deliveries. */
export async function saveDraft(db: PantauDB, input: DraftInput, now: number, newId: () => string): Promise<DraftRow> {
  const prev = input.id ? await db.drafts.get(input.id) : undefined;
  const row: DraftRow = {
    ...(prev ?? { id: input.id ?? newId(), status: 'draft' as DraftStatus, createdAt: now }),
    text: input.text,
    platforms: input.platforms,
    updatedAt: now,
  };
  for (const key of EDITABLE) {
    if (input[key] === undefined) delete row[key];
    else (row as Record<string, unknown>)[key] = input[key];
  }
  // Variants of platforms no longer targeted, or equal to the base, are not forks.
  if (row.variants) {
    row.variants = Object.fromEntries(
      Object.entries(row.variants).filter(([p, v]) => row.platforms.includes(p as ComposeTarget) && v !== row.text),
    );
    if (!Object.keys(row.variants).length) delete row.variants;
  }
  await db.drafts.put(row);
  return row;
}

export class ScheduleInPastError extends Error {
  constructor() {
    super('The schedule time is in the past.');
  }
}
export class QueueFullError extends Error {
  constructor() {
    super('No free queue slot in the next 8 weeks.');
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

/** "Add to queue": the next slot of the draft's platforms that no other scheduled draft on them holds. */
export async function queueDraft(db: PantauDB, input: DraftInput, slots: QueueSlots, now: number, newId: () => string): Promise<DraftRow> {
  return db.transaction('rw', db.drafts, async () => {
    const taken = (await db.drafts.where('status').equals('scheduled').toArray())
      .filter((d) => d.id !== input.id && d.scheduledAt !== undefined)
      .map((d) => ({ at: d.scheduledAt!, platforms: d.platforms }));
    const at = nextFreeSlot(slots, input.platforms, taken, now);
    if (at === undefined) throw new QueueFullError();
    return scheduleDraft(db, { ...input, scheduledAt: at }, now, newId);
  });
}

/** Move a draft to a new time (calendar drag, snooze). Posted drafts keep their history. */
export async function rescheduleDraft(db: PantauDB, id: string, scheduledAt: number, now: number): Promise<DraftRow | undefined> {
  if (!(scheduledAt > now)) throw new ScheduleInPastError();
  return db.transaction('rw', db.drafts, async () => {
    const row = await db.drafts.get(id);
    if (!row || row.status === 'posted') return undefined;
    const next: DraftRow = { ...row, status: 'scheduled', scheduledAt, updatedAt: now };
    await db.drafts.put(next);
    return next;
  });
}

export async function setDraftStatus(db: PantauDB, id: string, status: DraftStatus, now: number): Promise<DraftRow | undefined> {
  const row = await db.drafts.get(id);
  if (!row) return undefined;
  const next: DraftRow = { ...row, status, updatedAt: now, ...(status === 'posted' ? { postedAt: row.postedAt ?? now } : {}) };
  await db.drafts.put(next);
  return next;
}

/**
 * Record how a draft reached one platform (replacing what was recorded for it). When every target
 * has a confirmed delivery (every API post live, marked by the user, or seen by capture), the
 * draft is `posted`.
 */
export async function recordDelivery(
  db: PantauDB,
  id: string,
  target: ComposeTarget,
  delivery: Delivery,
  now: number,
): Promise<DraftRow | undefined> {
  return db.transaction('rw', db.drafts, async () => {
    const row = await db.drafts.get(id);
    if (!row) return undefined;
    const deliveries = { ...row.delivery, [target]: delivery };
    const confirmed = (d?: Delivery) =>
      d !== undefined &&
      (d.via === 'manual' || d.via === 'seen' || (d.via === 'api' && !d.error && (d.parts?.length ?? 0) >= (d.total ?? 1)));
    const done = row.platforms.every((p) => confirmed(deliveries[p]));
    const next: DraftRow = {
      ...row,
      delivery: deliveries,
      updatedAt: now,
      ...(done ? { status: 'posted' as const, postedAt: row.postedAt ?? now } : {}),
    };
    await db.drafts.put(next);
    return next;
  });
}

export const scheduledDrafts = (db: PantauDB) => db.drafts.where('status').equals('scheduled').toArray();

/** A draft and its images, together: an image is never left without its draft. */
export async function deleteDraft(db: PantauDB, id: string): Promise<void> {
  await db.transaction('rw', db.drafts, db.media, async () => {
    await db.drafts.delete(id);
    await db.media.where('draftId').equals(id).delete();
  });
}

/**
 * An alarm fired: a scheduled draft becomes due. Read and written in one transaction, so a draft
 * rescheduled or posted meanwhile is left alone (and a second alarm for it does nothing).
 */
export async function setDueIfScheduled(db: PantauDB, id: string, now: number): Promise<DraftRow | undefined> {
  return db.transaction('rw', db.drafts, async () => {
    const row = await db.drafts.get(id);
    if (!row || row.status !== 'scheduled') return undefined;
    return setDraftStatus(db, id, 'due', now);
  });
}

/**
 * "Mark as posted" by the user: on one target (with the post's address when given), or on every
 * target, which also makes the draft `posted`. Returns false when there is no such draft.
 */
export async function markDraftPosted(
  db: PantauDB,
  id: string,
  target: ComposeTarget | undefined,
  url: string | undefined,
  now: number,
): Promise<boolean> {
  const draft = await db.drafts.get(id);
  if (!draft) return false;
  for (const t of target ? [target] : draft.platforms)
    await recordDelivery(db, id, t, { ...draft.delivery?.[t], via: 'manual', at: now, ...(url ? { url } : {}) }, now);
  if (!target) await setDraftStatus(db, id, 'posted', now);
  return true;
}
