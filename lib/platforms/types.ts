import type { PlatformId } from './registry';

/** Platforms Pantau captures: derived from the registry (lib/platforms/registry.ts), the one list. */
export type { PlatformId };

export const METRIC_KEYS = ['likes', 'replies', 'reposts', 'quotes', 'views', 'bookmarks', 'shares'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/**
 * Counters as the platform gave them. A counter the payload does not carry stays undefined,
 * never 0: "unknown" and "none" are different facts.
 */
export type Metrics = Partial<Record<MetricKey, number>>;

export type MediaType = 'text' | 'photo' | 'video' | 'gif' | 'mixed' | 'link';

/** One post as seen on a page, before it reaches the database. */
export interface CapturedPost {
  platform: PlatformId;
  /** The platform's own id for the post (X: the status id). */
  postId: string;
  /** Canonical http(s) URL of the post. */
  url: string;
  /** Handle without the leading @. */
  authorHandle: string;
  /** ISO 8601 UTC. Empty string when the platform did not say (e.g. some repost wrappers). */
  createdAt: string;
  /**
   * Set when `createdAt` was worked out from a relative date ("13 days ago"): how precise it is.
   * Metrics that need the hour (best time) leave such a post out; those that need the day or the
   * week (cadence, periods) use it. The writer replaces it by an exact date once one is seen.
   */
  createdAtPrecision?: DatePrecision;
  /** The full text, including long posts. */
  text: string;
  /** Hashtags without '#', in order of appearance, de-duplicated. */
  hashtags: string[];
  mediaType?: MediaType;
  metrics: Metrics;
  /**
   * Counters read from abbreviated display text ("2.3K"). Platforms truncate, so such a value is
   * a lower bound; insights prefer exact values and the writer never lets one overwrite an exact one.
   */
  approximate?: MetricKey[];
  /** The author's follower count as the payload gave it at capture time. */
  authorFollowers?: number;
  /** Set on a repost wrapper: the id of the original post. The wrapper carries no counters. */
  repostOf?: string;
  /** Set on a quote: the id of the quoted post (captured as a post of its own). */
  quoteOf?: string;
}

export const PROFILE_COUNTERS = ['followers', 'following', 'posts'] as const;
export type ProfileCounter = (typeof PROFILE_COUNTERS)[number];

/** Profile counters at capture time. */
export interface CapturedProfile {
  platform: PlatformId;
  handle: string;
  followers?: number;
  following?: number;
  posts?: number;
  /** Counters read from rounded or abbreviated text ("8.84K subscribers"), not exact. */
  approximate?: ProfileCounter[];
}

/** How precise an approximate `createdAt` is: the unit of the relative date it came from. */
export const DATE_PRECISIONS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Why a post-like item in a response was not kept. */
export const SKIP_REASONS = ['noId', 'noAuthor', 'unknownShape', 'refusedValue'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/**
 * One skipped item as a sanitised shape: keys and value types only, numbers reduced to their digit
 * count, never text, ids or handles (lib/parse-kit/skips.ts). What "Report a capture problem" sends.
 */
export interface SkipSample {
  reason: SkipReason;
  shape: string;
}

/** What a parser skipped, before finalise turns it into `stats`. */
export interface SkipTally {
  counts: Partial<Record<SkipReason, number>>;
  samples: SkipSample[];
}

/** Per response: post-like items seen, kept, and skipped by reason. `seen` = `kept` + every skip. */
export interface ParseStats {
  seen: number;
  kept: number;
  skipped: Partial<Record<SkipReason, number>>;
  samples?: SkipSample[];
}

/** An account's forms that name the same account: its handle, and the ids it is also known by. */
export interface AccountIdentity {
  handle: string;
  /** Other forms: a channel id (UC…), a numeric user id, a DID. */
  ids: string[];
}

export interface CaptureResult {
  posts: CapturedPost[];
  profiles: CapturedProfile[];
  /** Items the parser recognised as posts and could not keep (parsers fill it; finalise folds it into `stats`). */
  skipped?: SkipTally;
  /** Set by finalise: seen, kept and skipped for this response. */
  stats?: ParseStats;
  /** Handle and id forms the payload showed to be one account (the writer merges them). */
  identities?: AccountIdentity[];
  /**
   * Why nothing (or less than expected) was read, for the health table. Empty when the input
   * was understood. Never thrown: a parser reports here instead.
   */
  warnings?: CaptureWarning[];
}

export type CaptureWarning =
  | {
      kind: 'payloadNotUnderstood';
      detail: string;
      /** The sanitised shape of what was not understood (keys and types only), for a problem report. */
      shape?: string;
    }
  | { kind: 'selectorMiss'; detail: string };

/**
 * The page a response was loaded by: the tab's address, and what the page is about, read by the
 * platform's definition from the URL (`profileFromUrl`, `postFromUrl`). A response whose items do
 * not name their author (a channel's next page of videos) takes it from here.
 */
export interface PageContext {
  url: string;
  /** The profile, channel or page the tab shows, in whatever form its URL names it (handle or id). */
  handle?: string;
  /** The post the tab shows. */
  postId?: string;
}

export interface NetworkInput {
  url: string;
  /** The parsed JSON the page received. Untrusted and of unknown shape. */
  body: unknown;
  /** Optional: without it a parser does its best and reports what it skipped. */
  page?: PageContext;
  /** When the response was received (ms), for relative dates ("13 days ago"); defaults to now. */
  now?: number;
}

export const emptyResult = (warnings?: CaptureWarning[]): CaptureResult => ({
  posts: [],
  profiles: [],
  ...(warnings?.length ? { warnings } : {}),
});

/** What filling a platform's native composer achieved. */
export type ComposeResult =
  { ok: true; method: 'paste' | 'insertText' | 'beforeinput' } | { ok: false; reason: 'noComposer' | 'notInserted' };

/**
 * Where a platform's native composer is: its editor(s), the button opening it, for threads its "add
 * post" button, and the boxes that look like it but must never be filled.
 */
export interface ComposerSelectors {
  /** The post composer's editable element(s); reply and comment boxes may match too, `neverFill` rules them out. */
  editor: string;
  openButton: string;
  /**
   * Boxes that are never filled: a reply, comment or message box, or a container of one (a reply
   * dialog, a post's comment section). An editor matching or inside one is skipped; when only such
   * boxes are on the page, the composer is opened with `openButton`, or the fallback URL is used.
   */
  neverFill: string;
  /** When the editor sits in a dialog, the dialog is the post composer only if it matches this (not a post viewer or reply dialog). */
  postDialog?: string;
  /** Adds the next post of a thread (X, Threads, Bluesky). */
  addPost?: string;
  /** The composer's own file input, for attaching images. */
  fileInput?: string;
}

/** What filling a whole draft (thread parts and images) achieved on the page. */
export interface ComposeReport {
  ok: boolean;
  reason?: 'noComposer' | 'notInserted' | 'noThread';
  /** Posts of the thread now in the composer, read back from the editors. */
  filled: number;
  media: 'none' | 'attached' | 'notSupported';
}
