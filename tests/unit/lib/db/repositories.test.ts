import { describe, expect, it } from 'vitest';
import { deleteDraft, markDraftPosted, saveDraft, scheduleDraft, setDueIfScheduled } from '@/lib/db/drafts';
import { attachMedia, removeMedia } from '@/lib/db/media';
import { draftMedia } from '@/lib/db/queries/media';
import { MEDIA_PER_DRAFT, type MediaRow } from '@/lib/db/schema';
import { deleteSecret, getSecret, putSecret } from '@/lib/db/secrets';
import { freshDb } from '../../../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);
let n = 0;
const newId = () => `r${++n}`;
const image = (id: string, draftId: string, addedAt = NOW): MediaRow => ({
  id,
  draftId,
  name: `${id}.png`,
  type: 'image/png',
  size: 3,
  blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
  addedAt,
});

describe('the writes handlers make through lib/db', () => {
  it('attaches images up to the cap, only to a draft that exists, in the order attached', async () => {
    const db = freshDb();
    const d = await saveDraft(db, { text: 'Halo', platforms: ['x'] }, NOW, newId);
    expect(await attachMedia(db, image('m0', 'nope'))).toBe('notFound');
    for (let i = MEDIA_PER_DRAFT; i > 0; i--) expect(await attachMedia(db, image(`m${i}`, d.id, NOW + 10 - i))).toBe('attached');
    expect(await attachMedia(db, image('extra', d.id))).toBe('tooManyMedia');
    expect((await draftMedia(db, d.id)).map((m) => m.id)).toEqual(['m4', 'm3', 'm2', 'm1']);
    await removeMedia(db, 'm3');
    expect((await draftMedia(db, d.id)).map((m) => m.id)).toEqual(['m4', 'm2', 'm1']);
  });

  it('deletes a draft with its images, and no other draft’s', async () => {
    const db = freshDb();
    const a = await saveDraft(db, { text: 'a', platforms: ['x'] }, NOW, newId);
    const b = await saveDraft(db, { text: 'b', platforms: ['x'] }, NOW, newId);
    await attachMedia(db, image('ma', a.id));
    await attachMedia(db, image('mb', b.id));
    await deleteDraft(db, a.id);
    expect(await db.drafts.get(a.id)).toBeUndefined();
    expect((await db.media.toArray()).map((m) => m.id)).toEqual(['mb']);
  });

  it('marks one target or the whole draft posted by hand', async () => {
    const db = freshDb();
    const d = await saveDraft(db, { text: 'Halo', platforms: ['x', 'bluesky'] }, NOW, newId);
    expect(await markDraftPosted(db, 'nope', undefined, undefined, NOW)).toBe(false);
    expect(await markDraftPosted(db, d.id, 'x', 'https://x.com/a/status/1', NOW + 1)).toBe(true);
    expect((await db.drafts.get(d.id))!).toMatchObject({
      status: 'draft',
      delivery: { x: { via: 'manual', url: 'https://x.com/a/status/1' } },
    });
    await markDraftPosted(db, d.id, undefined, undefined, NOW + 2);
    const row = (await db.drafts.get(d.id))!;
    expect(row.status).toBe('posted');
    expect(row.delivery).toMatchObject({ x: { via: 'manual', url: 'https://x.com/a/status/1' }, bluesky: { via: 'manual' } });
  });

  it('makes a draft due only while it is scheduled', async () => {
    const db = freshDb();
    const d = await scheduleDraft(db, { text: 'Halo', platforms: ['x'], scheduledAt: NOW + 60_000 }, NOW, newId);
    expect((await setDueIfScheduled(db, d.id, NOW + 60_000))?.status).toBe('due');
    expect(await setDueIfScheduled(db, d.id, NOW + 61_000)).toBeUndefined(); // a second alarm does nothing
    expect(await setDueIfScheduled(db, 'nope', NOW)).toBeUndefined();
  });

  it('stores, reads and deletes posting credentials', async () => {
    const db = freshDb();
    expect(await getSecret(db, 'mastodon')).toBeUndefined();
    await putSecret(db, 'mastodon', { instance: 'https://mastodon.social', token: 't' });
    expect(await getSecret(db, 'mastodon')).toEqual({ instance: 'https://mastodon.social', token: 't' });
    await deleteSecret(db, 'mastodon');
    expect(await getSecret(db, 'mastodon')).toBeUndefined();
  });
});
