import type { PlatformDefinition, TargetDefinition } from './definition';
import { blueskyPlatform } from './bluesky';
import { facebookPlatform } from './facebook';
import { instagramPlatform } from './instagram';
import { linkedinPlatform } from './linkedin';
import { mastodonTarget } from './mastodon';
import { threadsPlatform } from './threads';
import { tiktokPlatform } from './tiktok';
import { xPlatform } from './x';
import { youtubePlatform } from './youtube';

/**
 * The one list of platforms Pantau captures, in the order the UI lists them. Adding a platform is a
 * folder under lib/platforms and one line here; every table below, the manifest's host permissions,
 * counting, engagement, UTM and posting are derived from it (tests/unit/lib/platforms/registry.test.ts
 * adds a throwaway platform and checks each one picks it up).
 *
 * Only the UI, the background and build config import this module: a content script is handed its
 * own definition, so it never bundles the other platforms' parsers.
 */
export const PLATFORMS = [
  xPlatform,
  linkedinPlatform,
  instagramPlatform,
  facebookPlatform,
  youtubePlatform,
  tiktokPlatform,
  threadsPlatform,
  blueskyPlatform,
] as const satisfies readonly PlatformDefinition<string>[];

/** Places a draft can go that are not captured (posted to by API only). */
export const POSTING_ONLY = [mastodonTarget] as const satisfies readonly TargetDefinition<string>[];

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
/** Targets whose posts chain into threads (replies to oneself). */
export const THREAD_TARGETS: readonly ComposeTarget[] = TARGETS.filter((d) => d.posting.threads).map((d) => d.id);
/** Targets posted to by their open API once connected. */
export const API_TARGETS = TARGETS.filter((d) => d.posting.api).map((d) => d.id) as readonly ComposeTarget[] as readonly [
  ComposeTarget,
  ...ComposeTarget[],
];
/** A new draft's targets when the user has not chosen any yet. */
export const DEFAULT_TARGETS: ComposeTarget[] = TARGETS.filter((d) => d.posting.byDefault).map((d) => d.id);
/** Host permissions: exactly the pages the content scripts run on. */
export const HOST_PERMISSIONS = [...new Set(PLATFORMS.flatMap((p) => p.matches))];
