import { storage } from '@wxt-dev/storage';
import { METRIC_KEYS, PLATFORM_IDS, type MetricKey, type PlatformId } from './platforms/types';

/**
 * The quick composer's text, saved as the user types, so closing the popup (or the worker dying)
 * never loses what was being written. Versioned like every stored setting.
 */
export const composerTextItem = storage.defineItem<string>('local:composerText', { fallback: '', version: 1 });

export type UiLanguage = 'auto' | 'en' | 'id';

export interface Settings {
  /** Capture on or off, per platform. */
  capture: Record<PlatformId, boolean>;
  /** Posts of authors not on the watchlist are kept this many days after last seen. */
  retentionDays: number;
  /** A new metric sample is stored when a counter changed, or after this many minutes. */
  snapshotIntervalMinutes: number;
  language: UiLanguage;
  /** Notify when a watched competitor's new post breaks out (robust z ≥ 3.5 at a similar age). */
  breakoutAlerts: boolean;
  /** Small ER badges on watched accounts' posts, on the platforms' pages. */
  badges: boolean;
  /** Which counters make engagement, per platform, where the user changed the default. */
  engagementCounters: Partial<Record<PlatformId, MetricKey[]>>;
}

export const DEFAULT_SETTINGS: Settings = {
  capture: Object.fromEntries(PLATFORM_IDS.map((p) => [p, true])) as Record<PlatformId, boolean>,
  retentionDays: 14,
  snapshotIntervalMinutes: 60,
  language: 'auto',
  breakoutAlerts: true,
  badges: true,
  engagementCounters: {},
};

export const SETTINGS_LIMITS = { retentionDays: [1, 3650], snapshotIntervalMinutes: [5, 1440] } as const;

/** Settings with every field present and in range, whatever was stored (older versions, edits). */
export function normaliseSettings(v: Partial<Settings> | null | undefined): Settings {
  const clamp = (n: unknown, [lo, hi]: readonly [number, number], fallback: number) =>
    typeof n === 'number' && Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.round(n))) : fallback;
  return {
    capture: { ...DEFAULT_SETTINGS.capture, ...(v?.capture ?? {}) },
    retentionDays: clamp(v?.retentionDays, SETTINGS_LIMITS.retentionDays, DEFAULT_SETTINGS.retentionDays),
    snapshotIntervalMinutes: clamp(
      v?.snapshotIntervalMinutes,
      SETTINGS_LIMITS.snapshotIntervalMinutes,
      DEFAULT_SETTINGS.snapshotIntervalMinutes,
    ),
    language: v?.language === 'en' || v?.language === 'id' ? v.language : 'auto',
    breakoutAlerts: v?.breakoutAlerts ?? DEFAULT_SETTINGS.breakoutAlerts,
    badges: v?.badges ?? DEFAULT_SETTINGS.badges,
    engagementCounters: Object.fromEntries(
      Object.entries(v?.engagementCounters ?? {}).flatMap(([p, keys]) =>
        (PLATFORM_IDS as readonly string[]).includes(p) && Array.isArray(keys) && keys.length
          ? [[p, [...new Set(keys.filter((k): k is MetricKey => (METRIC_KEYS as readonly string[]).includes(k)))]]]
          : [],
      ),
    ),
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export async function getSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}
