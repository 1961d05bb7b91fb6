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
  return followerSeries(samples)(at);
}

/** Sort a series once; the returned lookup is a binary search (for many posts of one account). */
export function followerSeries(samples: readonly FollowerSample[]): (at: number) => FollowersAt | undefined {
  const s = samples.filter((x): x is Required<FollowerSample> => x.followers !== undefined).sort((a, b) => a.capturedAt - b.capturedAt);
  return (at) => {
    if (!s.length || !Number.isFinite(at)) return undefined;
    // first index with capturedAt >= at
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]!.capturedAt < at) lo = mid + 1;
      else hi = mid;
    }
    let value: number;
    let nearest: number;
    if (lo === 0) {
      value = s[0]!.followers;
      nearest = s[0]!.capturedAt - at;
    } else if (lo === s.length) {
      value = s[s.length - 1]!.followers;
      nearest = at - s[s.length - 1]!.capturedAt;
    } else {
      const a = s[lo - 1]!;
      const b = s[lo]!;
      const f = b.capturedAt === a.capturedAt ? 0 : (at - a.capturedAt) / (b.capturedAt - a.capturedAt);
      value = a.followers + f * (b.followers - a.followers);
      nearest = Math.min(at - a.capturedAt, b.capturedAt - at);
    }
    return { followers: Math.round(value), estimated: nearest > ESTIMATED_AFTER_MS };
  };
}
