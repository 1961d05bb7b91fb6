import { describe, expect, it } from 'vitest';
import { dayStart, moveToDay, viewDays, weekStart } from '@/lib/scheduling/calendar';
import { nextFreeSlot, slotsBetween, suggestedSlots } from '@/lib/scheduling/queue';

// Wall-clock times in the zone the suite runs in (a date-time with no offset is local time): queue
// rules and the calendar are in the user's local time, so these hold in every zone (npm test runs
// the suite in UTC and in UTC+14).
const at = (s: string) => Date.parse(s);
const WEEKDAYS = { days: [1, 2, 3, 4, 5], times: ['09:00', '19:00'] };

describe('queue slot planner', () => {
  it('lists the slots of the rules after a time, sorted and unique', () => {
    // Friday 2026-11-27 20:00 → next: Monday 09:00, Monday 19:00, Tuesday 09:00
    expect(slotsBetween([WEEKDAYS, { days: [1], times: ['09:00'] }], at('2026-11-27T20:00:00'), 4)).toEqual([
      at('2026-11-30T09:00:00'),
      at('2026-11-30T19:00:00'),
      at('2026-12-01T09:00:00'),
      at('2026-12-01T19:00:00'),
    ]);
  });

  it('"Add to queue" takes the next slot not held by a draft on the same platform', () => {
    const now = at('2026-11-23T08:00:00'); // Monday
    expect(nextFreeSlot({ x: WEEKDAYS }, ['x'], [], now)).toBe(at('2026-11-23T09:00:00'));
    const taken = [{ at: at('2026-11-23T09:00:00'), platforms: ['x' as const] }];
    expect(nextFreeSlot({ x: WEEKDAYS }, ['x'], taken, now)).toBe(at('2026-11-23T19:00:00'));
    // Another platform's draft does not hold X's slot.
    expect(nextFreeSlot({ x: WEEKDAYS }, ['x'], [{ at: at('2026-11-23T09:00:00'), platforms: ['linkedin'] }], now)).toBe(
      at('2026-11-23T09:00:00'),
    );
  });

  it('needs a minute of lead, skips weekends, and says when there is no slot', () => {
    expect(nextFreeSlot({ x: WEEKDAYS }, ['x'], [], at('2026-11-23T08:59:30'))).toBe(at('2026-11-23T19:00:00'));
    expect(nextFreeSlot({ x: WEEKDAYS }, ['x'], [], at('2026-11-28T10:00:00'))).toBe(at('2026-11-30T09:00:00'));
    expect(nextFreeSlot({ x: { days: [], times: ['09:00'] } }, ['x'], [], at('2026-11-23T08:00:00'))).toBeUndefined();
    expect(nextFreeSlot({}, ['tiktok'], [], at('2026-11-23T08:00:00'))).toBeUndefined();
  });

  it("uses the union of the draft platforms' rules", () => {
    const slots = { x: { days: [2], times: ['10:00'] }, linkedin: { days: [1], times: ['12:00'] } };
    expect(nextFreeSlot(slots, ['x', 'linkedin'], [], at('2026-11-23T08:00:00'))).toBe(at('2026-11-23T12:00:00'));
  });

  it('suggests the next occurrence of each best-time cell', () => {
    expect(
      suggestedSlots(
        [
          { weekday: 2, hour: 19 },
          { weekday: 1, hour: 7 },
        ],
        at('2026-11-23T08:00:00'),
      ),
    ).toEqual([at('2026-11-24T19:00:00'), at('2026-11-30T07:00:00')]);
  });
});

describe('calendar arithmetic', () => {
  it('weeks start on Monday; a month view covers whole weeks', () => {
    expect(weekStart(at('2026-11-29T12:00:00'))).toBe(at('2026-11-23T00:00:00'));
    const month = viewDays('month', at('2026-11-15T00:00:00'));
    expect(month.length % 7).toBe(0);
    expect(month[0]).toBe(at('2026-10-26T00:00:00'));
    expect(month.at(-1)).toBe(at('2026-12-06T00:00:00'));
    expect(viewDays('week', at('2026-11-25T00:00:00'))).toHaveLength(7);
  });
  it('dragging to another day keeps the time of day', () => {
    expect(moveToDay(at('2026-11-23T19:30:00'), dayStart(at('2026-11-26T03:00:00')))).toBe(at('2026-11-26T19:30:00'));
  });
});
