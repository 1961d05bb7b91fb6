import type { ProfileSnapshotRow } from '../../lib/db/schema';
import type { Persona } from './cast';
import type { Rng } from './random';
import { HISTORY_DAYS, HOUR, midnight, MIN, weekday } from './timeline';

/** An account's follower curve: linear, so "+N over 30 days" holds between the samples 30 days apart. */
export interface FollowerCurve {
  at(t: number): number;
  /** The two samples the month's growth is read between. */
  monthStart: number;
  last: number;
}

export function followerCurve(p: Persona, now: number, timeZone: string, r: Rng): FollowerCurve {
  const last = now - r.int(60, 180) * MIN;
  const monthStart = midnight(now, 30, timeZone) + 9 * HOUR + r.int(0, 60) * MIN;
  const perMs = p.monthGrowth / (last - monthStart);
  return { at: (t) => Math.round(p.followers + perMs * (t - last)), monthStart, last };
}

/** Three significant digits, floored: what "412K" says. */
const floor3 = (n: number) => {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2);
  return Math.floor(n / step) * step;
};

/**
 * Follower samples as browsing leaves them: a profile header seen on some browsed days (weekdays,
 * and some weekends), a few times a week, plus one before the history starts, one 30 days back and
 * one this morning. Accounts with steady growth have no noise, so their month reads exactly.
 */
export function followerSamples(p: Persona, curve: FollowerCurve, now: number, timeZone: string, r: Rng): ProfileSnapshotRow[] {
  const times = [midnight(now, HISTORY_DAYS + 2, timeZone) + 10 * HOUR, curve.monthStart, curve.last];
  const visit = p.role === 'own' ? 0.6 : p.cadence.kind === 'days' ? 0.15 : 0.4;
  for (let back = HISTORY_DAYS; back >= 1; back--) {
    const day = midnight(now, back, timeZone);
    const wd = weekday(day + 12 * HOUR, timeZone);
    const browsed = (wd >= 1 && wd <= 5) || r.chance(0.3);
    if (browsed && back !== 30 && r.chance(visit)) times.push(day + r.pick([8.5, 13, 20.5]) * HOUR + r.int(0, 40) * MIN);
  }
  const noise = Math.abs(p.monthGrowth) > 1000 ? 0 : Math.max(1, p.followers * 0.0002);
  const handle = p.handle.toLowerCase();
  return times
    .sort((a, b) => a - b)
    .map((capturedAt) => {
      const exact = Math.max(0, curve.at(capturedAt) + (capturedAt === curve.last ? 0 : Math.round(noise * r.normal())));
      return {
        platform: p.platform,
        handle,
        capturedAt,
        followers: p.approximateFollowers ? floor3(exact) : exact,
        ...(p.platform !== 'youtube' ? { following: 180 + ((handle.length * 37) % 900) } : {}),
        ...(p.approximateFollowers ? { approximate: ['followers' as const] } : {}),
      };
    });
}
