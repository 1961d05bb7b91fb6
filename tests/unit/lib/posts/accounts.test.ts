import { describe, expect, it } from 'vitest';
import type { AccountRow } from '@/lib/db/schema';
import { followerTrend, groupAccounts, type AccountOverview } from '@/lib/posts/accounts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 12);

describe('followerTrend', () => {
  it('gives the latest followers and the change since 30 days ago, interpolated between the samples around it', () => {
    // 10,000 at −40 d, 12,000 at −20 d: at −30 d, 11,000. Latest 15,000 → +4,000, +36.36 %.
    const t = followerTrend(
      [
        { capturedAt: NOW - 40 * DAY, followers: 10_000 },
        { capturedAt: NOW - 20 * DAY, followers: 12_000 },
        { capturedAt: NOW - DAY, followers: 15_000 },
      ],
      NOW,
    )!;
    expect(t).toMatchObject({ latest: 15_000, latestAt: NOW - DAY, change: 4_000, since: NOW - 30 * DAY });
    expect(t.changePct).toBeCloseTo(4_000 / 11_000, 10);
  });

  it('measures from the first sample when the history is shorter than 30 days, and says since when', () => {
    const t = followerTrend(
      [{ capturedAt: NOW - 5 * DAY, followers: 2_000 }, { capturedAt: NOW - 2 * DAY }, { capturedAt: NOW, followers: 1_900 }],
      NOW,
    )!;
    expect(t).toMatchObject({ latest: 1_900, change: -100, since: NOW - 5 * DAY });
    expect(t.changePct).toBeCloseTo(-0.05, 10);
  });

  it('has no change from one sample, and nothing without a follower count', () => {
    expect(followerTrend([{ capturedAt: NOW, followers: 5 }], NOW)).toEqual({ latest: 5, latestAt: NOW });
    expect(followerTrend([{ capturedAt: NOW }], NOW)).toBeUndefined();
  });
});

describe('groupAccounts', () => {
  const row = (handle: string, role: AccountRow['role'], group?: string): AccountOverview => ({
    account: { platform: 'x', handle, displayHandle: handle, role, addedAt: 0, ...(group ? { group } : {}) },
    posts: 0,
  });
  it('puts named groups in name order, then the rest; own before competitors before ignored, then by handle', () => {
    const groups = groupAccounts([
      row('zeta', 'competitor', 'Tea'),
      row('beta', 'competitor'),
      row('alpha', 'ignored', 'Coffee'),
      row('mine', 'own', 'Tea'),
      row('gamma', 'competitor', 'Coffee'),
    ]);
    expect(groups.map((g) => [g.group, g.rows.map((r) => r.account.handle)])).toEqual([
      ['Coffee', ['gamma']],
      ['Tea', ['mine', 'zeta']],
      [undefined, ['beta', 'alpha']],
    ]);
  });
});
