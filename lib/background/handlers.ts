import { browser } from 'wxt/browser';
import { removeAccount, setAccountRole } from '../db/accounts';
import type { PantauDB } from '../db/db';
import { saveDraft, scheduleDraft, ScheduleInPastError, setDraftStatus } from '../db/drafts';
import { z } from 'zod';
import { onMessage, type ErrorCode } from '../messaging/protocol';

type Failure = { ok: false; error: ErrorCode; detail?: string };
import { composeSchema, saveDraftSchema, scheduleDraftSchema, setAccountRoleSchema } from '../messaging/schemas';
import { clearCapturedData, forgetAuthor } from '../db/retention';
import { getSettings } from '../settings';
import { handleGetBadges } from './badges';
import { BREAKOUT_PREFIX, openBreakout } from './breakouts';
import { handleCapturePosts } from './capture';
import { composeOnX } from './compose';
import { isExtensionPage, type SenderLike } from './guards';
import { reconcileAlarms } from './scheduler';

const newId = () => crypto.randomUUID();

/**
 * Run a privileged handler only for our own extension pages, with its input parsed by zod.
 * A content script (and so a hostile page) gets `forbidden` and nothing is written.
 */
export function privileged<I, R>(schema: z.ZodType<I>, run: (input: I) => Promise<R>) {
  return async ({ data, sender }: { data: unknown; sender: SenderLike }): Promise<R | Failure> => {
    if (!isExtensionPage(sender)) return { ok: false, error: 'forbidden' };
    const parsed = schema.safeParse(data);
    if (!parsed.success) return { ok: false, error: 'invalidInput' };
    try {
      return await run(parsed.data);
    } catch (err) {
      if (err instanceof ScheduleInPastError) return { ok: false, error: 'scheduleInPast' };
      return { ok: false, error: 'internal', detail: String(err).slice(0, 200) };
    }
  };
}

/** Register every message handler. Synchronous, so the worker has listeners on its first event. */
export function registerHandlers(db: PantauDB): void {
  onMessage('capturePosts', async ({ data, sender }) => handleCapturePosts(data, sender, db, Date.now(), await getSettings()));
  onMessage('getBadges', async ({ data, sender }) => {
    const settings = await getSettings();
    return handleGetBadges(data, sender, db, settings.badges, settings.engagementCounters);
  });

  onMessage(
    'saveDraft',
    privileged(saveDraftSchema, async (input) => {
      const row = await saveDraft(db, input, Date.now(), newId);
      await reconcileAlarms(db, Date.now());
      return { ok: true as const, id: row.id };
    }),
  );
  onMessage(
    'scheduleDraft',
    privileged(scheduleDraftSchema, async (input) => {
      const row = await scheduleDraft(db, input, Date.now(), newId);
      await reconcileAlarms(db, Date.now());
      return { ok: true as const, id: row.id };
    }),
  );
  onMessage(
    'deleteDraft',
    privileged(saveDraftSchema.pick({ id: true }).required(), async ({ id }) => {
      await db.drafts.delete(id);
      await reconcileAlarms(db, Date.now());
      return { ok: true as const };
    }),
  );
  onMessage(
    'markDraftPosted',
    privileged(saveDraftSchema.pick({ id: true }).required(), async ({ id }) => {
      const row = await setDraftStatus(db, id, 'posted', Date.now());
      await reconcileAlarms(db, Date.now());
      return row ? { ok: true as const } : { ok: false as const, error: 'notFound' as const };
    }),
  );
  onMessage(
    'setAccountRole',
    privileged(setAccountRoleSchema, async ({ role, ...input }) => {
      if (role === 'none') await removeAccount(db, input.platform, input.handle);
      else await setAccountRole(db, { ...input, role }, Date.now());
      // Ignored authors are never stored: what was stored of them goes too.
      if (role === 'ignored') await forgetAuthor(db, input.platform, input.handle);
      return { ok: true as const };
    }),
  );
  onMessage(
    'clearData',
    privileged(z.object({ confirm: z.literal('DELETE') }), async () => {
      await clearCapturedData(db);
      return { ok: true as const };
    }),
  );
  onMessage(
    'composeOnX',
    privileged(composeSchema, async ({ text }) => composeOnX(text)),
  );
}

/** Notification buttons and clicks on a due draft open X's composer with its text. */
export function registerNotificationActions(db: PantauDB): void {
  const open = async (notificationId: string) => {
    if (notificationId.startsWith(BREAKOUT_PREFIX)) {
      await openBreakout(db, notificationId);
      await browser.notifications.clear(notificationId);
      return;
    }
    if (!notificationId.startsWith('draft:')) return;
    const draft = await db.drafts.get(notificationId.slice('draft:'.length));
    if (draft) await composeOnX(draft.text);
    await browser.notifications.clear(notificationId);
  };
  browser.notifications.onButtonClicked.addListener((id) => void open(id));
  browser.notifications.onClicked.addListener((id) => void open(id));
}
