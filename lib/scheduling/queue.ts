import type { ComposeTarget } from '../platforms/registry';

/** A platform's queue: on these weekdays (0 = Sunday), at these local times ("HH:MM"). */
export interface QueueRule {
  days: number[];
  times: string[];
}
export type QueueSlots = Partial<Record<ComposeTarget, QueueRule>>;

export const DEFAULT_QUEUE_RULE: QueueRule = { days: [1, 2, 3, 4, 5], times: ['09:00', '19:00'] };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const isQueueTime = (s: string) => TIME.test(s);

/** Every slot of these rules from `from` (exclusive) for `days` days, in local time, sorted, unique. */
export function slotsBetween(rules: readonly QueueRule[], from: number, days: number): number[] {
  const out = new Set<number>();
  const start = new Date(from);
  for (let d = 0; d <= days; d++) {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + d);
    for (const rule of rules) {
      if (!rule.days.includes(day.getDay())) continue;
      for (const time of rule.times) {
        const m = TIME.exec(time);
        if (!m) continue;
        const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), Number(m[1]), Number(m[2])).getTime();
        if (at > from) out.add(at);
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** Two drafts within this of each other take the same slot. */
const SAME_SLOT_MS = 60_000;

/**
 * "Add to queue": the first slot after `now` (plus a minute's lead, so the alarm is in the future)
 * of any of the draft's platforms' rules that no other scheduled draft on one of those platforms
 * holds. Looks 8 weeks ahead; undefined when every slot is taken or there are no rules.
 */
export function nextFreeSlot(
  slots: QueueSlots,
  platforms: readonly ComposeTarget[],
  taken: readonly { at: number; platforms: readonly ComposeTarget[] }[],
  now: number,
  horizonDays = 56,
): number | undefined {
  const rules = platforms.flatMap((p) => (slots[p] ? [slots[p]] : []));
  const busy = taken.filter((t) => t.platforms.some((p) => platforms.includes(p))).map((t) => t.at);
  return slotsBetween(rules, now + SAME_SLOT_MS, horizonDays).find((at) => !busy.some((b) => Math.abs(b - at) < SAME_SLOT_MS));
}

/**
 * Suggested slots from the best-time grid (weekday × hour cells, best first): the next time each
 * cell comes round after `now`, on the hour, in local time.
 */
export function suggestedSlots(best: readonly { weekday: number; hour: number }[], now: number): number[] {
  return best
    .map(
      ({ weekday, hour }) => slotsBetween([{ days: [weekday], times: [`${String(hour).padStart(2, '0')}:00`] }], now + SAME_SLOT_MS, 7)[0],
    )
    .filter((at): at is number => at !== undefined);
}
