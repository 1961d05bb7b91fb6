import type { DraftRow } from '../db/schema';

export const ALARM_PREFIX = 'draft:';
export const alarmName = (draftId: string) => `${ALARM_PREFIX}${draftId}`;
export const draftIdFromAlarm = (name: string) => (name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : undefined);

/**
 * A draft whose time passed less than this long ago (the alarm is firing, or the worker was busy)
 * becomes `due`; one that passed longer ago, while the browser was closed, becomes `missed`:
 * the user decides, nothing is posted late silently.
 */
export const MISSED_AFTER_MS = 10 * 60 * 1000;

export interface AlarmLike {
  name: string;
  scheduledTime: number;
}

export interface AlarmPlan {
  create: AlarmLike[];
  clear: string[];
  due: string[];
  missed: string[];
}

/**
 * Alarms are derived state: given the drafts table and the alarms Chrome has now, say which
 * alarms to create or clear and which drafts to move to due or missed. Pure, so it is tested
 * without a browser and run on every worker start, on install and after each draft change.
 */
export function planAlarms(drafts: readonly DraftRow[], alarms: readonly AlarmLike[], now: number): AlarmPlan {
  const plan: AlarmPlan = { create: [], clear: [], due: [], missed: [] };
  const existing = new Map(alarms.filter((a) => a.name.startsWith(ALARM_PREFIX)).map((a) => [a.name, a]));
  const wanted = new Set<string>();

  for (const d of drafts) {
    if (d.status !== 'scheduled' || d.scheduledAt === undefined) continue;
    const name = alarmName(d.id);
    if (d.scheduledAt > now) {
      wanted.add(name);
      const alarm = existing.get(name);
      if (!alarm || Math.abs(alarm.scheduledTime - d.scheduledAt) > 1000) plan.create.push({ name, scheduledTime: d.scheduledAt });
    } else if (now - d.scheduledAt <= MISSED_AFTER_MS) {
      plan.due.push(d.id);
    } else {
      plan.missed.push(d.id);
    }
  }
  for (const name of existing.keys()) if (!wanted.has(name)) plan.clear.push(name);
  return plan;
}
