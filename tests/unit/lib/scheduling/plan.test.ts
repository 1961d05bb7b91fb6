import { describe, expect, it } from 'vitest';
import type { DraftRow } from '@/lib/db/schema';
import { MISSED_AFTER_MS, planAlarms } from '@/lib/scheduling/plan';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);
const draft = (id: string, status: DraftRow['status'], scheduledAt?: number): DraftRow => ({
  id,
  text: id,
  platforms: ['x'],
  status,
  createdAt: NOW - 1e6,
  updatedAt: NOW - 1e6,
  ...(scheduledAt !== undefined ? { scheduledAt } : {}),
});

describe('planAlarms', () => {
  it('creates missing alarms for future drafts and keeps correct ones', () => {
    const plan = planAlarms(
      [draft('a', 'scheduled', NOW + 60_000), draft('b', 'scheduled', NOW + 120_000)],
      [{ name: 'draft:b', scheduledTime: NOW + 120_000 }],
      NOW,
    );
    expect(plan).toEqual({ create: [{ name: 'draft:a', scheduledTime: NOW + 60_000 }], clear: [], due: [], missed: [] });
  });

  it('recreates an alarm whose time no longer matches the draft', () => {
    const plan = planAlarms([draft('a', 'scheduled', NOW + 60_000)], [{ name: 'draft:a', scheduledTime: NOW + 999_000 }], NOW);
    expect(plan.create).toEqual([{ name: 'draft:a', scheduledTime: NOW + 60_000 }]);
  });

  it('clears alarms of drafts that are gone or no longer scheduled, and ignores foreign alarms', () => {
    const plan = planAlarms(
      [draft('p', 'posted', NOW + 60_000)],
      [
        { name: 'draft:p', scheduledTime: NOW + 60_000 },
        { name: 'draft:gone', scheduledTime: NOW + 1 },
        { name: 'other', scheduledTime: NOW + 1 },
      ],
      NOW,
    );
    expect(plan.clear.sort()).toEqual(['draft:gone', 'draft:p']);
  });

  it('marks a just-passed draft due and a long-passed one missed', () => {
    const plan = planAlarms([draft('due', 'scheduled', NOW - 1000), draft('old', 'scheduled', NOW - MISSED_AFTER_MS - 1)], [], NOW);
    expect(plan.due).toEqual(['due']);
    expect(plan.missed).toEqual(['old']);
    expect(plan.create).toEqual([]);
  });
});
