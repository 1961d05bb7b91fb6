import { storage } from '@wxt-dev/storage';
import type { DraftInput } from './db/drafts';
import type { DraftRow } from './db/schema';
import { COMPOSE_TARGETS, DEFAULT_TARGETS, PLATFORM_IDS, type ComposeTarget } from './platforms/registry';
import { METRIC_KEYS, type MetricKey, type PlatformId } from './platforms/types';
import { DEFAULT_QUEUE_RULE, isQueueTime, type QueueRule, type QueueSlots } from './scheduling/queue';

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
  /** X Premium: posts up to 25,000 weighted characters. */
  xPremium: boolean;
  /** "Add to queue" slots per platform. */
  queueSlots: QueueSlots;
}

export const DEFAULT_SETTINGS: Settings = {
  capture: Object.fromEntries(PLATFORM_IDS.map((p) => [p, true])) as Record<PlatformId, boolean>,
  retentionDays: 14,
  snapshotIntervalMinutes: 60,
  language: 'auto',
  breakoutAlerts: true,
  badges: true,
  engagementCounters: {},
  xPremium: false,
  queueSlots: Object.fromEntries(COMPOSE_TARGETS.map((p) => [p, DEFAULT_QUEUE_RULE])) as QueueSlots,
};

function normaliseRule(v: unknown): QueueRule | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const { days, times } = v as Partial<QueueRule>;
  const d = Array.isArray(days) ? [...new Set(days.filter((n) => Number.isInteger(n) && n >= 0 && n <= 6))].sort() : [];
  const t = Array.isArray(times) ? [...new Set(times.filter((s) => typeof s === 'string' && isQueueTime(s)))].sort() : [];
  return { days: d, times: t.slice(0, 24) };
}

export const SETTINGS_LIMITS = { retentionDays: [1, 3650], snapshotIntervalMinutes: [5, 1440] } as const;

/** Settings with every field present and in range, whatever was stored (older versions, edits). */
export function normaliseSettings(v: Partial<Settings> | null | undefined): Settings {
  const clamp = (n: unknown, [lo, hi]: readonly [number, number], fallback: number) =>
    typeof n === 'number' && Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.round(n))) : fallback;
  return {
    // Only known platforms and real booleans: settings also come from backup files.
    capture: Object.fromEntries(
      PLATFORM_IDS.map((p) => {
        const on = (v?.capture as Record<string, unknown> | undefined)?.[p];
        return [p, typeof on === 'boolean' ? on : DEFAULT_SETTINGS.capture[p]];
      }),
    ) as Record<PlatformId, boolean>,
    retentionDays: clamp(v?.retentionDays, SETTINGS_LIMITS.retentionDays, DEFAULT_SETTINGS.retentionDays),
    snapshotIntervalMinutes: clamp(
      v?.snapshotIntervalMinutes,
      SETTINGS_LIMITS.snapshotIntervalMinutes,
      DEFAULT_SETTINGS.snapshotIntervalMinutes,
    ),
    language: v?.language === 'en' || v?.language === 'id' ? v.language : 'auto',
    breakoutAlerts: typeof v?.breakoutAlerts === 'boolean' ? v.breakoutAlerts : DEFAULT_SETTINGS.breakoutAlerts,
    badges: typeof v?.badges === 'boolean' ? v.badges : DEFAULT_SETTINGS.badges,
    engagementCounters: Object.fromEntries(
      Object.entries(v?.engagementCounters ?? {}).flatMap(([p, keys]) =>
        (PLATFORM_IDS as readonly string[]).includes(p) && Array.isArray(keys) && keys.length
          ? [[p, [...new Set(keys.filter((k): k is MetricKey => (METRIC_KEYS as readonly string[]).includes(k)))]]]
          : [],
      ),
    ),
    xPremium: v?.xPremium === true,
    queueSlots: Object.fromEntries(
      COMPOSE_TARGETS.map((p) => [p, normaliseRule((v?.queueSlots as Record<string, unknown> | undefined)?.[p]) ?? DEFAULT_QUEUE_RULE]),
    ) as Record<ComposeTarget, QueueRule>,
  };
}

/** Saved groups of hashtags to insert while composing. */
export interface HashtagSet {
  name: string;
  tags: string[];
}
export const hashtagSetsItem = storage.defineItem<HashtagSet[]>('local:hashtagSets', { fallback: [], version: 1 });

/** Tags from free text ("#kopi, pagi #ngopi") as a clean list without "#", unique, in order. */
export function parseTags(input: string): string[] {
  return [...new Set((input.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? []).filter((t) => /[\p{L}_]/u.test(t)))].slice(0, 60);
}

/**
 * A draft the side panel should open in its composer (set by the context menu, the keyboard
 * command or a notification's "Post now" for an upload-only platform). Session storage: only
 * extension pages and the background can read it.
 */
export const openDraftItem = storage.defineItem<string | null>('session:openDraft', { fallback: null });

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export async function getSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

/** The side panel composer's working draft, saved as the user types: nothing written is lost. */
export const composerStateItem = storage.defineItem<DraftInput | null>('local:composerState', { fallback: null, version: 1 });

/** The platforms the composer targeted last: a new draft starts with them. */
export const composeTargetsItem = storage.defineItem<ComposeTarget[]>('local:composeTargets', {
  fallback: DEFAULT_TARGETS,
  version: 1,
});

/**
 * Set when a write failed because browser storage is full (QuotaExceededError); cleared after
 * pruning or the next successful write. The popup and side panel show it with "Free up space".
 */
/**
 * Posts stored from a tab in the minute it went over its capture budget (a page flooding its content
 * script): "Free up space" removes these first, so junk goes before anyone's genuine history.
 */
export const suspectPostsItem = storage.defineItem<Array<[string, string]>>('local:suspectPosts', { fallback: [] });
export const SUSPECT_POSTS_MAX = 20_000;

export const storageFullItem = storage.defineItem<number | null>('local:storageFullAt', { fallback: null });

/**
 * Drafts deleted in the last minute, kept whole for "Undo" (their images wait in the media table
 * until then). Session storage: gone when the browser closes, when the images are purged too.
 * Written only by the background.
 */
export const deletedDraftsItem = storage.defineItem<Array<{ row: DraftRow; deletedAt: number }>>('session:deletedDrafts', {
  fallback: [],
});

/** A side-panel tab to show when the panel opens (the popup's draft count opens the Drafts list). */
export const panelTabItem = storage.defineItem<string | null>('session:panelTab', { fallback: null });
