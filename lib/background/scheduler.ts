import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { PantauDB } from '../db/db';
import { scheduledDrafts, setDraftStatus, setDueIfScheduled } from '../db/drafts';
import { pruneUnwatched } from '../db/retention';
import { alarmName, draftIdFromAlarm, planAlarms } from '../scheduling/plan';
import { PLATFORM_NAMES } from '../platforms/registry';
import { getSettings } from '../settings';

/** Rebuild alarms from the drafts table. Chrome may drop alarms; the table is the truth. */
export async function reconcileAlarms(db: PantauDB, now: number): Promise<void> {
  const [drafts, alarms] = await Promise.all([scheduledDrafts(db), browser.alarms.getAll()]);
  const plan = planAlarms(drafts, alarms, now);
  await Promise.all(plan.clear.map((name) => browser.alarms.clear(name)));
  for (const a of plan.create) await browser.alarms.create(a.name, { when: a.scheduledTime });
  for (const id of plan.due) await markDue(db, id, now);
  for (const id of plan.missed) await setDraftStatus(db, id, 'missed', now);
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
  const id = draftIdFromAlarm(name);
  if (id) await markDue(db, id, now);
}

async function markDue(db: PantauDB, id: string, now: number): Promise<void> {
  const draft = await setDueIfScheduled(db, id, now);
  if (!draft) return;
  await browser.alarms.clear(alarmName(id));
  const excerpt = draft.text.length > 120 ? `${draft.text.slice(0, 119)}…` : draft.text;
  await browser.notifications
    .create(alarmName(id), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: i18n.t('notifyDueTitleAny', [draft.platforms.map((p) => PLATFORM_NAMES[p]).join(', ')]),
      message: excerpt,
      buttons: [{ title: i18n.t('notifyPostNow') }, { title: i18n.t('notifySnooze') }],
      requireInteraction: true,
    })
    .catch(() => undefined); // notifications can be disabled by the OS; the draft is still due
}
