import { browser } from 'wxt/browser';
import { setAccountRole } from '../db/accounts';
import type { PantauDB } from '../db/db';
import { saveDraft, scheduleDraft, ScheduleInPastError } from '../db/drafts';
import { onMessage, type Result } from '../messaging/protocol';
import { composeSchema, saveDraftSchema, scheduleDraftSchema, setAccountRoleSchema } from '../messaging/schemas';
import { handleCapturePosts } from './capture';
import { composeOnX } from './compose';
import { isExtensionPage, type SenderLike } from './guards';
import { reconcileAlarms } from './scheduler';

const newId = () => crypto.randomUUID();

/**
 * Run a privileged handler only for our own extension pages, with its input parsed by zod.
 * A content script (and so a hostile page) gets `forbidden` and nothing is written.
 */
function privileged<S extends { safeParse(v: unknown): { success: true; data: unknown } | { success: false } }, R extends Result>(
  schema: S,
  run: (input: Extract<ReturnType<S['safeParse']>, { success: true }>['data']) => Promise<R>,
) {
  return async ({ data, sender }: { data: unknown; sender: SenderLike }): Promise<R | Result> => {
    if (!isExtensionPage(sender)) return { ok: false, error: 'forbidden' };
    const parsed = schema.safeParse(data);
    if (!parsed.success) return { ok: false, error: 'invalidInput' };
    try {
      return await run((parsed as { data: never }).data);
    } catch (err) {
      if (err instanceof ScheduleInPastError) return { ok: false, error: 'scheduleInPast' };
      return { ok: false, error: 'internal', detail: String(err).slice(0, 200) };
    }
  };
}

/** Register every message handler. Synchronous, so the worker has listeners on its first event. */
export function registerHandlers(db: PantauDB): void {
  onMessage('capturePosts', ({ data, sender }) => handleCapturePosts(data, sender, db, Date.now()));

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
    'setAccountRole',
    privileged(setAccountRoleSchema, async (input) => {
      await setAccountRole(db, input, Date.now());
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
    if (!notificationId.startsWith('draft:')) return;
    const draft = await db.drafts.get(notificationId.slice('draft:'.length));
    if (draft) await composeOnX(draft.text);
    await browser.notifications.clear(notificationId);
  };
  browser.notifications.onButtonClicked.addListener((id) => void open(id));
  browser.notifications.onClicked.addListener((id) => void open(id));
}
