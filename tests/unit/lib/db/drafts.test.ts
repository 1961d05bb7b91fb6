import { describe, expect, it } from 'vitest';
import { saveDraft, scheduleDraft, ScheduleInPastError } from '@/lib/db/drafts';
import { draftRowSchema } from '@/lib/db/schema';
import { freshDb } from '../../../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);
let n = 0;
const newId = () => `d${++n}`;

describe('drafts', () => {
  it('saves, then schedules the same draft', async () => {
    const db = freshDb();
    const d = await saveDraft(db, { text: 'Halo', platforms: ['x'] }, NOW, newId);
    expect(d.status).toBe('draft');
    const s = await scheduleDraft(db, { id: d.id, text: 'Halo!', platforms: ['x'], scheduledAt: NOW + 60_000 }, NOW + 1, newId);
    expect(s).toMatchObject({ id: d.id, status: 'scheduled', scheduledAt: NOW + 60_000, text: 'Halo!', createdAt: NOW });
    expect(draftRowSchema.safeParse(s).success).toBe(true);
    expect(await db.drafts.count()).toBe(1);
  });

  it('refuses a schedule time that is not in the future, writing nothing', async () => {
    const db = freshDb();
    await expect(scheduleDraft(db, { text: 'x', platforms: ['x'], scheduledAt: NOW - 1 }, NOW, newId)).rejects.toBeInstanceOf(
      ScheduleInPastError,
    );
    await expect(scheduleDraft(db, { text: 'x', platforms: ['x'], scheduledAt: NOW }, NOW, newId)).rejects.toBeInstanceOf(
      ScheduleInPastError,
    );
    expect(await db.drafts.count()).toBe(0);
  });
});
