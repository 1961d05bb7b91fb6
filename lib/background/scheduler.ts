import { browser } from 'wxt/browser';
import type { PantauDB } from '../db/db';
import { scheduledDrafts, setDraftStatus, setDueIfScheduled } from '../db/drafts';
import { draftsByStatus } from '../db/queries/drafts';
import type { DraftRow } from '../db/schema';
import { pruneUnwatched } from '../db/retention';
import { t } from '../i18n/t';
import { alarmName, draftIdFromAlarm, planAlarms } from '../scheduling/plan';
import { PLATFORM_NAMES } from '../platforms/registry';
import { getSettings } from '../settings';
import { refreshActionBadge, settingsLanguage } from './action-badge';
import { notify } from './notify';
import { IGNORE_ALARM, purgeIgnored } from './ignore';
import { purgeTrash, TRASH_ALARM } from './trash';

/** The notification that says drafts were missed while the browser was closed. */
export const MISSED_NOTIFICATION = 'missed';

/** Rebuild alarms from the drafts table. Chrome may drop alarms; the table is the truth. */
export async function reconcileAlarms(db: PantauDB, now: number): Promise<void> {
  const [drafts, alarms] = await Promise.all([scheduledDrafts(db), browser.alarms.getAll()]);
  const plan = planAlarms(drafts, alarms, now);
  await Promise.all(plan.clear.map((name) => browser.alarms.clear(name)));
  for (const a of plan.create) await browser.alarms.create(a.name, { when: a.scheduledTime });
  for (const id of plan.due) await markDue(db, id, now);
  for (const id of plan.missed) await setDraftStatus(db, id, 'missed', now);
  if (plan.missed.length) await notifyMissed(db);
  await refreshActionBadge(db);
}

const excerpt = (text: string, n = 120) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/**
 * Drafts whose time passed while the browser was closed: one notification for all of them (every
 * missed draft, not only the ones just found), in the Settings language. A click opens Pantau.
 */
async function notifyMissed(db: PantauDB): Promise<void> {
  const missed = (await draftsByStatus(db, ['missed'])).sort((a, b) => (a.scheduledAt ?? 0) - (b.scheduledAt ?? 0));
  if (!missed.length) return;
  await settingsLanguage();
  await notify(MISSED_NOTIFICATION, {
    title: missed.length === 1 ? t('notifyMissedOne') : t('notifyMissedMany', [String(missed.length)]),
    message: missed
      .slice(0, 3)
      .map((d: DraftRow) => excerpt(d.text, 80))
      .join('\n'),
    buttons: [t('notifyOpenDrafts')],
  });
}

export const PRUNE_ALARM = 'prune';

/** Retention runs every 6 hours (and once soon after start). */
export async function ensurePruneAlarm(): Promise<void> {
  if (!(await browser.alarms.get(PRUNE_ALARM))) await browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: 360 });
}

/** An alarm fired: a draft becomes due (and the user is told), or retention runs. Idempotent. */
export async function handleAlarm(db: PantauDB, name: string, now: number): Promise<void> {
  if (name === PRUNE_ALARM) {
    await pruneUnwatched(db, now, (await getSettings()).retentionDays);
    return;
  }
  if (name === TRASH_ALARM) return purgeTrash(db, now);
  if (name === IGNORE_ALARM) return void (await purgeIgnored(db, now));
  const id = draftIdFromAlarm(name);
  if (!id) return;
  await markDue(db, id, now);
  await refreshActionBadge(db);
}

async function markDue(db: PantauDB, id: string, now: number): Promise<void> {
  const draft = await setDueIfScheduled(db, id, now);
  if (!draft) return;
  await browser.alarms.clear(alarmName(id));
  await settingsLanguage();
  // The draft is due whether or not the notification shows (notifications can be off).
  await notify(alarmName(id), {
    title: t('notifyDueTitleAny', [draft.platforms.map((p) => PLATFORM_NAMES[p]).join(', ')]),
    message: excerpt(draft.text),
    buttons: [t('notifyPostNow'), t('notifySnooze')],
  });
}
