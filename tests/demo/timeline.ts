import { addLocalDays, localDateInput, startOfLocalDay } from '../../lib/insights/period';
import type { Cadence } from './cast';
import type { Rng } from './random';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** How far back the demo's history reaches, in local days. */
export const HISTORY_DAYS = 62;

/** Local midnight `back` days before now's day, in a zone. */
export const midnight = (now: number, back: number, timeZone: string) => addLocalDays(now, -back, timeZone);
/** Local weekday (0 = Sunday) of an instant. */
export function weekday(ms: number, timeZone: string): number {
  const [y, m, d] = localDateInput(ms, timeZone).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
}
/** Local hour (fractional) of an instant. */
export const localHour = (ms: number, timeZone: string) => (ms - startOfLocalDay(ms, timeZone)) / HOUR;

/** When an account posted, oldest first: its cadence over the history, jittered, never in the last 20 minutes. */
export function postTimes(c: Cadence, r: Rng, now: number, timeZone: string): number[] {
  const out: number[] = [];
  const at = (back: number, hour: number, jitterMin = 35) => midnight(now, back, timeZone) + hour * HOUR + r.int(-10, jitterMin) * MIN;
  for (let back = HISTORY_DAYS; back >= 0; back--) {
    const wd = weekday(midnight(now, back, timeZone) + 12 * HOUR, timeZone);
    if (c.kind === 'weekdays' && wd >= 1 && wd <= 5) for (const h of c.hours) if (r.chance(c.p)) out.push(at(back, h));
    if (c.kind === 'daily') for (const h of c.hours) if (r.chance(c.p)) out.push(at(back, h, 90));
    if (c.kind === 'weekly' && c.weekdays.includes(wd) && !(c.gap && back >= c.gap[0] && back <= c.gap[1])) out.push(at(back, c.hour));
    if (c.kind === 'days' && c.daysBack.includes(back)) out.push(at(back, c.hour, 50));
    if (c.kind === 'bursts' && back >= c.lastDayBack && (back - c.lastDayBack) % c.everyDays === 0) {
      // One afternoon: `size` posts between 13:00 and 17:00.
      const start = midnight(now, back, timeZone) + 13 * HOUR;
      const offsets = Array.from({ length: c.size }, () => r.int(0, 240) * MIN).sort((a, b) => a - b);
      out.push(...offsets.map((o, i) => start + o + i * MIN));
    }
  }
  return out.filter((t) => t < now - 20 * MIN).sort((a, b) => a - b);
}

/**
 * When Pantau saw a post: most posts once or twice, days after they were made (whenever the user
 * scrolled past); a "young" post at about 1, 3, 6 and 26 hours, sometimes again days later. A
 * sighting between midnight and 07:00 local moves to the next morning (nobody scrolls then).
 */
export function sightings(r: Rng, created: number, now: number, timeZone: string, young: boolean): number[] {
  const ages = young
    ? [1, 3, 6, 26].map((h) => h * HOUR + r.int(-12, 12) * MIN).concat(r.chance(0.4) ? [r.between(3, 6) * DAY] : [])
    : r.chance(0.65)
      ? [r.between(1.2, 6) * DAY]
      : [r.between(1, 3) * DAY, r.between(3.5, 8) * DAY];
  const awake = (t: number) => {
    const h = localHour(t, timeZone);
    return h < 7 ? startOfLocalDay(t, timeZone) + 7 * HOUR + r.int(0, 90) * MIN : t;
  };
  const times = [...new Set(ages.map((a) => Math.round(awake(created + a))))].filter((t) => t <= now - 2 * MIN).sort((a, b) => a - b);
  if (!times.length && now - created > 25 * MIN) times.push(now - r.int(2, 20) * MIN);
  return times;
}
