import type { PlatformDefinition, TargetDefinition } from './definition';
import { PLATFORMS, POSTING_ONLY } from './list';

/**
 * Everything derived from the one list (lib/platforms/list.ts): ids, host permissions, names,
 * posting, counting, engagement counters and UTM sources. Only the UI, the background and build
 * config import this module: a content script is handed its own definition, so it never bundles
 * the other platforms' parsers.
 */
export { PLATFORMS, POSTING_ONLY };

export type PlatformId = (typeof PLATFORMS)[number]['id'];
/** Where a draft can go: every captured platform, plus the posting-only targets. */
export type ComposeTarget = PlatformId | (typeof POSTING_ONLY)[number]['id'];

/** Every target's definition (captured platforms first). */
export const TARGETS: readonly TargetDefinition<ComposeTarget>[] = [...PLATFORMS, ...POSTING_ONLY];

export const PLATFORM_IDS = PLATFORMS.map((p) => p.id) as readonly PlatformId[] as readonly [PlatformId, ...PlatformId[]];
export const COMPOSE_TARGETS = TARGETS.map((p) => p.id) as readonly ComposeTarget[] as readonly [ComposeTarget, ...ComposeTarget[]];

/** The capture side of a platform, for scripts outside the app (fixture tools, conformance runs) and the background's edge. */
export type PlatformAdapter = PlatformDefinition;

export function getAdapter(id: PlatformId | string): PlatformAdapter | undefined {
  return (PLATFORMS as readonly PlatformAdapter[]).find((a) => a.id === id);
}

/** The definition of any target (captured or posting-only). */
export function getTarget(id: ComposeTarget): TargetDefinition<ComposeTarget> {
  return TARGETS.find((t) => t.id === id)!;
}

/** The adapter whose hosts include this hostname (www. ignored), if any. */
export function adapterForHost(hostname: string): PlatformAdapter | undefined {
  const host = hostname.replace(/^www\./, '');
  return (PLATFORMS as readonly PlatformAdapter[]).find((a) => a.hosts.includes(host));
}

export const isComposeTarget = (v: string): v is ComposeTarget => (COMPOSE_TARGETS as readonly string[]).includes(v);
export const isPlatformId = (v: string): v is PlatformId => (PLATFORM_IDS as readonly string[]).includes(v);

const byId = <D extends { id: string }, V>(defs: readonly D[], pick: (d: D) => V) =>
  Object.fromEntries(defs.map((d) => [d.id, pick(d)])) as Record<D['id'], V>;

/** Display names (the same in every language). */
export const PLATFORM_NAMES = byId(TARGETS, (d) => d.name);
/** How a draft reaches each target. */
export const POSTING = byId(TARGETS, (d) => d.posting);
/** utm_source per target. */
export const UTM_SOURCE = byId(TARGETS, (d) => d.utmSource);
/** Counting rules per target. */
export const COUNTING = byId(TARGETS, (d) => d.counting);
/** Default engagement counters per captured platform. */
export const ENGAGEMENT_COUNTERS = byId(PLATFORMS, (d) => d.engagement);
/** Every counter each captured platform shows on a post. */
export const PLATFORM_COUNTERS = byId(PLATFORMS, (d) => d.counters);
/** Targets whose posts chain into threads (replies to oneself). */
export const THREAD_TARGETS: readonly ComposeTarget[] = TARGETS.filter((d) => d.posting.threads).map((d) => d.id);
/** Targets posted to by their open API once connected. */
export const API_TARGETS = TARGETS.filter((d) => d.posting.api).map((d) => d.id) as readonly ComposeTarget[] as readonly [
  ComposeTarget,
  ...ComposeTarget[],
];
/** A new draft's targets when the user has not chosen any yet. */
export const DEFAULT_TARGETS: ComposeTarget[] = TARGETS.filter((d) => d.posting.byDefault).map((d) => d.id);
/** The popup's quick composer's platform. */
export const QUICK_TARGET: ComposeTarget = TARGETS.find((d) => d.posting.quick)!.id;
/** Host permissions: exactly the pages the content scripts run on. */
export const HOST_PERMISSIONS = [...new Set(PLATFORMS.flatMap((p) => p.matches))];
