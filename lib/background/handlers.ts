import { browser } from 'wxt/browser';
import { z } from 'zod';
import { removeAccount, setAccountRole } from '../db/accounts';
import type { PantauDB } from '../db/db';
import {
  QueueFullError,
  queueDraft,
  recordDelivery,
  rescheduleDraft,
  saveDraft,
  scheduleDraft,
  ScheduleInPastError,
  setDraftStatus,
} from '../db/drafts';
import { clearCapturedData, forgetAuthor, pruneUnwatched } from '../db/retention';
import { MEDIA_PER_DRAFT, MEDIA_MAX_BYTES } from '../db/schema';
import { onMessage, type ErrorCode } from '../messaging/protocol';
import * as S from '../messaging/schemas';
import { PostingError } from '../posting/errors';
import { instanceOrigin } from '../posting/mastodon';
import { composeTargetsItem, getSettings, openDraftItem, storageFullItem } from '../settings';
import { handleGetBadges } from './badges';
import { BREAKOUT_PREFIX, openBreakout } from './breakouts';
import { handleCapturePosts, isQuotaError } from './capture';
import { composeNow } from './compose';
import { draftFromPage, postDraftNow, SNOOZE_MINUTES, snoozeDraft } from './drafts';
import { isExtensionPage, type SenderLike } from './guards';
import { connectBluesky, connectMastodonAccount, connections, getMastodonAccount, postViaApi } from './posting';
import { reconcileAlarms } from './scheduler';

type Failure = { ok: false; error: ErrorCode; detail?: string };

const newId = () => crypto.randomUUID();

class UserError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

/**
 * Run a privileged handler only for our own extension pages, with its input parsed by zod.
 * A content script (and so a hostile page) gets `forbidden` and nothing is written.
 */
export function privileged<I, R>(schema: z.ZodType<I>, run: (input: I) => Promise<R>) {
  return async ({ data, sender }: { data: unknown; sender: SenderLike }): Promise<R | Failure> => {
    if (!isExtensionPage(sender)) return { ok: false, error: 'forbidden' };
    const parsed = schema.safeParse(data);
    if (!parsed.success) return { ok: false, error: 'invalidInput', detail: parsed.error.issues[0]?.message };
    try {
      return await run(parsed.data);
    } catch (err) {
      if (err instanceof ScheduleInPastError) return { ok: false, error: 'scheduleInPast' };
      if (err instanceof QueueFullError) return { ok: false, error: 'queueFull' };
      if (err instanceof PostingError) return { ok: false, error: err.code, detail: err.message.slice(0, 200) };
      if (err instanceof UserError) return { ok: false, error: err.code };
      return { ok: false, error: isQuotaError(err) ? 'storageFull' : 'internal', detail: String(err).slice(0, 200) };
    }
  };
}

const ok = { ok: true as const };

/** "Free up space" keeps the last day of unwatched posts; watched accounts keep everything. */
export const FREE_UP_KEEP_DAYS = 1;

/** Register every message handler. Synchronous, so the worker has listeners on its first event. */
export function registerHandlers(db: PantauDB): void {
  const reconcile = () => reconcileAlarms(db, Date.now());
  onMessage('capturePosts', async ({ data, sender }) => handleCapturePosts(data, sender, db, Date.now(), await getSettings()));
  onMessage('getBadges', async ({ data, sender }) => {
    const settings = await getSettings();
    return handleGetBadges(data, sender, db, settings.badges, settings.engagementCounters);
  });

  onMessage(
    'saveDraft',
    privileged(S.saveDraftSchema, async (input) => {
      const row = await saveDraft(db, input, Date.now(), newId);
      await composeTargetsItem.setValue(row.platforms);
      await reconcile();
      return { ...ok, id: row.id };
    }),
  );
  onMessage(
    'scheduleDraft',
    privileged(S.scheduleDraftSchema, async (input) => {
      const row = await scheduleDraft(db, input, Date.now(), newId);
      await reconcile();
      return { ...ok, id: row.id };
    }),
  );
  onMessage(
    'queueDraft',
    privileged(S.saveDraftSchema, async (input) => {
      const row = await queueDraft(db, input, (await getSettings()).queueSlots, Date.now(), newId);
      await reconcile();
      return { ...ok, id: row.id, scheduledAt: row.scheduledAt! };
    }),
  );
  onMessage(
    'rescheduleDraft',
    privileged(S.rescheduleSchema, async ({ id, scheduledAt }) => {
      const row = await rescheduleDraft(db, id, scheduledAt, Date.now());
      await reconcile();
      return row ? ok : ({ ok: false, error: 'notFound' } as const);
    }),
  );
  onMessage(
    'snoozeDraft',
    privileged(S.snoozeSchema, async ({ id, minutes }) => {
      const row = await snoozeDraft(db, id, minutes, Date.now());
      await reconcile();
      return row ? { ...ok, scheduledAt: row.scheduledAt! } : ({ ok: false, error: 'notFound' } as const);
    }),
  );
  onMessage(
    'deleteDraft',
    privileged(S.draftRefSchema, async ({ id }) => {
      await db.transaction('rw', db.drafts, db.media, async () => {
        await db.drafts.delete(id);
        await db.media.where('draftId').equals(id).delete();
      });
      await reconcile();
      return ok;
    }),
  );
  onMessage(
    'markDraftPosted',
    privileged(S.markPostedSchema, async ({ id, target, url }) => {
      const draft = await db.drafts.get(id);
      if (!draft) return { ok: false, error: 'notFound' } as const;
      const now = Date.now();
      for (const t of target ? [target] : draft.platforms)
        await recordDelivery(db, id, t, { ...draft.delivery?.[t], via: 'manual', at: now, ...(url ? { url } : {}) }, now);
      if (!target) await setDraftStatus(db, id, 'posted', now);
      await reconcile();
      return ok;
    }),
  );
  onMessage(
    'setAccountRole',
    privileged(S.setAccountRoleSchema, async ({ role, ...input }) => {
      if (role === 'none') await removeAccount(db, input.platform, input.handle);
      else await setAccountRole(db, { ...input, role }, Date.now());
      // Ignored authors are never stored: what was stored of them goes too.
      if (role === 'ignored') await forgetAuthor(db, input.platform, input.handle);
      return ok;
    }),
  );
  onMessage(
    'freeUpSpace',
    privileged(z.object({}), async () => {
      const removed = await pruneUnwatched(db, Date.now(), FREE_UP_KEEP_DAYS);
      await storageFullItem.setValue(null);
      return { ...ok, removed };
    }),
  );
  onMessage(
    'clearData',
    privileged(z.object({ confirm: z.literal('DELETE') }), async () => {
      await clearCapturedData(db);
      return ok;
    }),
  );
  onMessage(
    'composeNow',
    privileged(S.composeNowSchema, async (input) => composeNow(db, input, (await getMastodonAccount(db))?.instance)),
  );
  onMessage(
    'postDraftNow',
    privileged(S.postNowSchema, async ({ id, target }) => {
      const outcomes = await postDraftNow(db, id, target);
      return outcomes ? { ...ok, outcomes } : ({ ok: false, error: 'notFound' } as const);
    }),
  );
  onMessage(
    'attachMedia',
    privileged(S.attachMediaSchema, async ({ draftId, name, type, dataUrl }) => {
      const blob = await (await fetch(dataUrl)).blob();
      if (blob.size > MEDIA_MAX_BYTES) throw new UserError('invalidInput');
      const id = newId();
      await db.transaction('rw', db.drafts, db.media, async () => {
        if (!(await db.drafts.get(draftId))) throw new UserError('notFound');
        if ((await db.media.where('draftId').equals(draftId).count()) >= MEDIA_PER_DRAFT) throw new UserError('tooManyMedia');
        await db.media.add({ id, draftId, name, type, size: blob.size, blob: new Blob([blob], { type }), addedAt: Date.now() });
      });
      return { ...ok, id };
    }),
  );
  onMessage(
    'removeMedia',
    privileged(S.draftRefSchema, async ({ id }) => {
      await db.media.delete(id);
      return ok;
    }),
  );
  onMessage(
    'connectBluesky',
    privileged(S.connectBlueskySchema, async ({ service, identifier, password }) => {
      const session = await connectBluesky(db, service, identifier.replace(/^@/, ''), password, Date.now());
      return { ...ok, handle: session.handle };
    }),
  );
  onMessage(
    'connectMastodon',
    privileged(S.connectMastodonSchema, async ({ instance, token }) => {
      // The instance's host permission is optional: the options page asks for it first.
      const origin = instanceOrigin(instance);
      if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) throw new UserError('permissionDenied');
      const account = await connectMastodonAccount(db, origin, token);
      return { ...ok, acct: account.acct, ...(account.limit ? { limit: account.limit } : {}) };
    }),
  );
  onMessage(
    'disconnect',
    privileged(S.apiTargetSchema, async ({ target }) => {
      await db.secrets.delete(target);
      return ok;
    }),
  );
  onMessage(
    'getConnections',
    privileged(z.object({}), async () => ({ ...ok, ...(await connections(db)) })),
  );
  onMessage(
    'postViaApi',
    privileged(S.postViaApiSchema, async ({ id, target }) => {
      const draft = await db.drafts.get(id);
      if (!draft) return { ok: false, error: 'notFound' } as const;
      const out = await postViaApi(db, draft, target, Date.now);
      await reconcile();
      return out;
    }),
  );
  onMessage(
    'draftFromPage',
    privileged(S.draftFromPageSchema, async (input) => {
      const draft = await draftFromPage(db, input, Date.now(), newId);
      await openDraftItem.setValue(draft.id); // the side panel's composer opens it
      return { ...ok, id: draft.id };
    }),
  );
}

/**
 * A due draft's notification: "Post now" fills the composers, "Snooze 15 min" schedules it again;
 * a click on the notification itself is "Post now". Breakout notifications open the post.
 */
export function registerNotificationActions(db: PantauDB): void {
  const act = async (notificationId: string, button?: number) => {
    if (notificationId.startsWith(BREAKOUT_PREFIX)) {
      await openBreakout(db, notificationId);
      await browser.notifications.clear(notificationId);
      return;
    }
    if (!notificationId.startsWith('draft:')) return;
    const id = notificationId.slice('draft:'.length);
    if (button === 1) {
      await snoozeDraft(db, id, SNOOZE_MINUTES, Date.now());
      await reconcileAlarms(db, Date.now());
    } else {
      await browser.notifications.clear(notificationId);
      await postDraftNow(db, id, undefined, true);
    }
  };
  browser.notifications.onButtonClicked.addListener((id, button) => void act(id, button));
  browser.notifications.onClicked.addListener((id) => void act(id));
}
