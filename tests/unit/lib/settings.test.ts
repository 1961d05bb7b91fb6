import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings } from '@/lib/settings';

describe('normaliseSettings', () => {
  it('fills missing fields and platforms from the defaults', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ capture: { x: false } as never }).capture).toMatchObject({ x: false, bluesky: true, linkedin: true });
  });
  it('keeps only valid engagement counters per platform', () => {
    const s = normaliseSettings({ engagementCounters: { x: ['likes', 'likes', 'bogus'], myspace: ['likes'], instagram: [] } as never });
    expect(s.engagementCounters).toEqual({ x: ['likes'] });
  });

  it('clamps numbers into range and rejects unknown languages', () => {
    const s = normaliseSettings({ retentionDays: 0, snapshotIntervalMinutes: 99999, language: 'fr' as never });
    expect([s.retentionDays, s.snapshotIntervalMinutes, s.language]).toEqual([1, 1440, 'auto']);
  });
});
