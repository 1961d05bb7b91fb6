/** Followers at a moment, from the profileSnapshots time series. Pure. */

export interface FollowerSample {
  capturedAt: number;
  followers?: number;
}

export interface FollowersAt {
  followers: number;
  /** True when the nearest sample is more than 7 days from the moment asked about. */
  estimated: boolean;
}

export const ESTIMATED_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Followers at time `at`: linear interpolation between the samples around it, or the nearest
 * sample when `at` is outside them. Marked estimated when the nearest sample is over 7 days away.
 */
export function followersAt(samples: readonly FollowerSample[], at: number): FollowersAt | undefined {
  const s = samples.filter((x): x is Required<FollowerSample> => x.followers !== undefined).sort((a, b) => a.capturedAt - b.capturedAt);
  if (!s.length || !Number.isFinite(at)) return undefined;
  let value: number;
  let nearest: number;
  const after = s.findIndex((x) => x.capturedAt >= at);
  if (after === 0) {
    value = s[0]!.followers;
    nearest = s[0]!.capturedAt - at;
  } else if (after === -1) {
    value = s[s.length - 1]!.followers;
    nearest = at - s[s.length - 1]!.capturedAt;
  } else {
    const a = s[after - 1]!;
    const b = s[after]!;
    const f = b.capturedAt === a.capturedAt ? 0 : (at - a.capturedAt) / (b.capturedAt - a.capturedAt);
    value = a.followers + f * (b.followers - a.followers);
    nearest = Math.min(at - a.capturedAt, b.capturedAt - at);
  }
  return { followers: Math.round(value), estimated: nearest > ESTIMATED_AFTER_MS };
}
