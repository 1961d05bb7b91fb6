import type { ComposeTarget } from '../platforms/registry';
import { nextFreeSlot, type QueueSlots } from '../scheduling/queue';
import type { PantauDB } from './db';
import type { Delivery, DraftRow, DraftStatus } from './schema';

/** What the composer sends: the base text, targets, variants and the thread/UTM options. */
export type DraftInput = Pick<DraftRow, 'text' | 'platforms'> &
  Partial<Pick<DraftRow, 'id' | 'variants' | 'threads' | 'thread' | 'numbering' | 'campaign' | 'utm'>>;

// platform-id-ok: `threads` is the draft's hand-arranged thread parts, not the platform.
const EDITABLE = ['variants', 'threads', 'thread', 'numbering', 'campaign', 'utm'] as const;

/**
 * What a draft holds as the user edits it, in the form it is stored: options left unset are absent,
 * and variants of platforms no longer targeted, or equal to the base, are not forks.
 */
export function editableOf(input: DraftInput): Omit<DraftInput, 'id'> {
  const out: Omit<DraftInput, 'id'> = { text: input.text, platforms: input.platforms };
  for (const key of EDITABLE) if (input[key] !== undefined) (out as Record<string, unknown>)[key] = input[key];
  if (out.variants) {
    out.variants = Object.fromEntries(
      Object.entries(out.variants).filter(([p, v]) => out.platforms.includes(p as ComposeTarget) && v !== out.text),
    );
    if (!Object.keys(out.variants).length) delete out.variants;
  }
  return out;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether the composer's working draft differs from its stored version ("Unsaved changes"): a new
 * draft with text, or a stored one whose text, targets or options were edited and not saved.
 */
export function hasUnsavedChanges(state: DraftInput, stored: DraftRow | undefined): boolean {
  if (!stored) return state.text.trim().length > 0;
  const a = editableOf(state);
  const b = editableOf(stored);
  return (
    a.text !== b.text ||
    !sameJson(a.platforms, b.platforms) ||
    EDITABLE.some((k) => (k === 'thread' || k === 'numbering' || k === 'utm' ? Boolean(a[k]) !== Boolean(b[k]) : !sameJson(a[k], b[k])))
  );
}

/** Create or update a draft's text, targets and options, keeping its schedule and deliveries. */
export async function saveDraft(db: PantauDB, input: DraftInput, now: number, newId: () => string): Promise<DraftRow> {
  const prev = input.id ? await db.drafts.get(input.id) : undefined;
  const base: DraftRow = {
    ...(prev ?? { id: input.id ?? newId(), status: 'draft' as DraftStatus, createdAt: now }),
    text: input.text,
    platforms: input.platforms,
    updatedAt: now,
  };
  for (const key of EDITABLE) delete base[key];
  const row: DraftRow = { ...base, ...editableOf(input) };
  await db.drafts.put(row);
  return row;
}

/**
 * "Use as template": a new draft (status `draft`, no schedule or deliveries) with the same text,
 * targets, options and images. Undefined when there is no such draft.
 */
export async function duplicateDraft(db: PantauDB, id: string, now: number, newId: () => string): Promise<DraftRow | undefined> {
  return db.transaction('rw', db.drafts, db.media, async () => {
    const from = await db.drafts.get(id);
    if (!from) return undefined;
    const row: DraftRow = { ...editableOf(from), id: newId(), status: 'draft', createdAt: now, updatedAt: now };
    await db.drafts.add(row);
    const media = await db.media.where('draftId').equals(id).sortBy('addedAt');
    await db.media.bulkAdd(media.map((m, i) => ({ ...m, id: newId(), draftId: row.id, addedAt: now + i })));
    return row;
  });
}

/**
 * Take a draft out of the table for "Delete" (its images stay until the undo window closes, see
 * purgeDraftMedia). Returns the row as it was, for "Undo"; undefined when there was none.
 */
export async function takeDraft(db: PantauDB, id: string): Promise<DraftRow | undefined> {
  return db.transaction('rw', db.drafts, async () => {
    const row = await db.drafts.get(id);
    if (row) await db.drafts.delete(id);
    return row;
  });
}

/** "Undo" a delete: the row goes back as it was, unless a draft of that id exists again. */
export async function restoreDraft(db: PantauDB, row: DraftRow): Promise<boolean> {
  return db.transaction('rw', db.drafts, async () => {
    if (await db.drafts.get(row.id)) return false;
    await db.drafts.add(row);
    return true;
  });
}

/**
 * Images whose draft is gone, except the drafts still in `keep` (deleted, within their undo
 * window), are deleted. Returns how many images went.
 */
export async function purgeDraftMedia(db: PantauDB, keep: ReadonlySet<string>): Promise<number> {
  return db.transaction('rw', db.drafts, db.media, async () => {
    const owners = (await db.media.orderBy('draftId').uniqueKeys()) as string[];
    const present = new Set((await db.drafts.bulkGet(owners)).flatMap((d) => (d ? [d.id] : [])));
    const gone = owners.filter((id) => !present.has(id) && !keep.has(id));
    return gone.length ? db.media.where('draftId').anyOf(gone).delete() : 0;
  });
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
