/** Platforms Pantau knows. Adding one means a folder under lib/platforms and a line in registry.ts. */
export const PLATFORM_IDS = ['x', 'linkedin', 'instagram', 'facebook', 'youtube', 'tiktok', 'threads', 'bluesky'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

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

export interface CaptureResult {
  posts: CapturedPost[];
  profiles: CapturedProfile[];
  /**
   * Why nothing (or less than expected) was read, for the health table. Empty when the input
   * was understood. Never thrown: a parser reports here instead.
   */
  warnings?: CaptureWarning[];
}

export type CaptureWarning = { kind: 'payloadNotUnderstood'; detail: string } | { kind: 'selectorMiss'; detail: string };

export interface NetworkInput {
  url: string;
  /** The parsed JSON the page received. Untrusted and of unknown shape. */
  body: unknown;
}

/** The one interface every platform implements. */
export interface PlatformAdapter {
  id: PlatformId;
  /** Hostnames whose pages this adapter runs on. */
  hosts: readonly string[];
  /** True when a network URL carries posts or profiles worth forwarding from the MAIN world. */
  matchesNetworkUrl(url: string): boolean;
  /** Pure: parsed JSON in, rows out. Never throws. */
  parseNetwork(input: NetworkInput): CaptureResult;
  /**
   * Pure: a DOM subtree in, rows out. Never throws. `known` is a hint: a post it returns true for
   * (already delivered by the network path) may be left unread, so a rescan of a long timeline
   * costs only its new posts. Parsers that read per-post elements honour it; others may ignore it.
   */
  parseDom(root: ParentNode, url: URL, known?: (postId: string) => boolean): CaptureResult;
  /** CSS selector of the element that marks one post in the DOM, for the MutationObserver. */
  postSelector: string;
  /** The handle whose profile (or channel, or page) a URL shows, if it shows one. */
  profileFromUrl(url: URL): string | undefined;
  /** The post a URL shows (its postId), and its author when the URL names one. */
  postFromUrl(url: URL): { postId: string; handle?: string } | undefined;
}

export const emptyResult = (warnings?: CaptureWarning[]): CaptureResult => ({
  posts: [],
  profiles: [],
  ...(warnings?.length ? { warnings } : {}),
});

/** What filling a platform's native composer achieved. */
export type ComposeResult =
  { ok: true; method: 'paste' | 'insertText' | 'beforeinput' } | { ok: false; reason: 'noComposer' | 'notInserted' };

/** Where a platform's native composer is: its editor(s), the button opening it, and for threads its "add post" button. */
export interface ComposerSelectors {
  editor: string;
  openButton: string;
  /** Adds the next post of a thread (X, Threads, Bluesky). */
  addPost?: string;
  /** The composer's own file input, for attaching images. */
  fileInput?: string;
}

/** How a draft reaches a platform (see lib/platforms/posting.ts). */
export interface PlatformPosting {
  mode: 'inPage' | 'upload' | 'api';
  /** The native composer, for `inPage`. */
  composer?: ComposerSelectors;
  /** Where to go when the composer cannot be filled, and whether the text must go by clipboard. */
  fallback(text: string, instance?: string): { url: string; clipboard: boolean };
}

/** What filling a whole draft (thread parts and images) achieved on the page. */
export interface ComposeReport {
  ok: boolean;
  reason?: 'noComposer' | 'notInserted' | 'noThread';
  /** Posts of the thread now in the composer, read back from the editors. */
  filled: number;
  media: 'none' | 'attached' | 'notSupported';
}
