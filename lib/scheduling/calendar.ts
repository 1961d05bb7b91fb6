/** Local-time calendar arithmetic for the week and month views (pure). */

const DAY = 86_400_000;

/** Local midnight of a day, `days` days after `ms`'s day (DST-safe: built from the date parts). */
export function dayStart(ms: number, days = 0): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/** The local date of `ms` as YYYY-MM-DD (a day cell's key). */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The Monday that starts the week containing `ms`. */
export function weekStart(ms: number): number {
  const dow = (new Date(ms).getDay() + 6) % 7; // Monday = 0
  return dayStart(ms, -dow);
}

/** The days of a view: 7 for a week; whole weeks (Mon–Sun) covering the month for a month. */
export function viewDays(view: 'week' | 'month', anchor: number): number[] {
  if (view === 'week') return Array.from({ length: 7 }, (_, i) => dayStart(weekStart(anchor), i));
  const a = new Date(anchor);
  const first = new Date(a.getFullYear(), a.getMonth(), 1).getTime();
  const last = new Date(a.getFullYear(), a.getMonth() + 1, 0).getTime();
  const start = weekStart(first);
  const days: number[] = [];
  for (let d = start; d <= last || days.length % 7 !== 0; d = dayStart(d, 1)) days.push(d);
  return days;
}

/** The same time of day on another day: what a drag from one day to another means. */
export function moveToDay(at: number, targetDay: number): number {
  const from = new Date(at);
  const to = new Date(targetDay);
  return new Date(to.getFullYear(), to.getMonth(), to.getDate(), from.getHours(), from.getMinutes(), from.getSeconds()).getTime();
}

/** The next view's anchor (±1 week or month). */
export function shiftAnchor(view: 'week' | 'month', anchor: number, by: number): number {
  if (view === 'week') return dayStart(anchor, 7 * by);
  const a = new Date(anchor);
  return new Date(a.getFullYear(), a.getMonth() + by, 1).getTime();
}

export const sameDay = (a: number, b: number) => dayStart(a) === dayStart(b);
export { DAY };
