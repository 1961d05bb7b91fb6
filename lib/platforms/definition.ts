import type { CaptureResult, ComposerSelectors, MetricKey, NetworkInput } from './types';
import type { PlatformId } from './registry';

/**
 * How a platform counts a post's length. Data, not code: the one rule engine is
 * lib/compose/measure.ts, so a platform states its rule and never re-implements counting.
 */
export interface CountingRule {
  /** `weighted`: twitter-text's weighted length (URLs 23, CJK and emoji 2). `graphemes`: user-perceived characters. */
  unit: 'weighted' | 'graphemes';
  limit: number;
  /** The limit when the user has switched on long posts for this platform (X Premium). */
  longLimit?: number;
  /** Every link counts this many characters, whatever its length. */
  linkWeight?: number;
  /** A mention counts only its user name, not its @instance part. */
  mentionsWithoutInstance?: boolean;
  /** The connected account's server may set its own limit, which then replaces `limit`. */
  instanceLimit?: boolean;
  /** The first line is a title with this limit of its own; `limit` is for the rest. */
  titleLimit?: number;
  /** A cap on hashtags in one post. */
  hashtagLimit?: number;
  /** Links in the text are not clickable there (said as a warning). */
  linksNotClickable?: boolean;
  /** The "see more" fold: about how many characters a feed shows before truncating. */
  fold?: number;
}

/** A connect form's field: its name, its label (a message key), whether it is a secret, its prefilled value. */
export interface ConnectField {
  name: string;
  label: string;
  secret?: boolean;
  initial?: string;
}

/** The account form of an API platform. `originField` names the field whose origin is asked for as an optional host permission first. */
export interface ApiConnectForm {
  fields: readonly ConnectField[];
  originField?: string;
}

/** How a draft reaches a platform. */
export interface PostingFacts {
  /** `inPage` fills the platform's own composer in the user's tab, `upload` copies the text and opens the upload page, `api` posts directly. */
  mode: 'inPage' | 'upload' | 'api';
  /** The native composer, for `inPage`. */
  composer?: ComposerSelectors;
  /** For `inPage`: the page a new tab opens when no tab of the platform is there. */
  home?: string;
  /** Posts chain into threads (replies to oneself). */
  threads?: boolean;
  /** Also posted to directly by its open API once the user connects an account: the connect form it asks for. */
  api?: ApiConnectForm;
  /** Selected as a target of a new draft by default. */
  byDefault?: boolean;
  /** The popup's quick composer writes for this platform (one target; its count is shown). */
  quick?: boolean;
  /** Where to go when the composer cannot be filled, and whether the text must go by clipboard. */
  fallback(text: string, instance?: string): { url: string; clipboard: boolean };
}

/** What every place a draft can go to states: its name, counting, UTM source and posting. */
export interface TargetDefinition<Id extends string = string> {
  id: Id;
  /** Display name, the same in every language. */
  name: string;
  /** utm_source for its links. */
  utmSource: string;
  counting: CountingRule;
  posting: PostingFacts;
}

/**
 * Everything Pantau knows about a platform it captures, in its own folder: where it runs, how it is
 * read (network and DOM parsers), which counters make engagement, and the target facts above.
 */
export interface PlatformDefinition<Id extends string = PlatformId> extends TargetDefinition<Id> {
  /** Hostnames whose pages it runs on (www. dropped). */
  hosts: readonly string[];
  /** Pages the content scripts run on, and so the extension's host permissions. */
  matches: readonly string[];
  /** Which counters make "engagement" by default (the user can change them in settings). */
  engagement: readonly MetricKey[];
  /**
   * Every counter the platform shows on a post (YouTube has no reposts or quotes): Settings offers
   * only these for engagement. Includes `engagement`.
   */
  counters: readonly MetricKey[];
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
  /** A post's address from its id alone, where the platform has one (a repost's original that was not captured). */
  postUrlOfId?(postId: string): string;
  /** The post an on-screen post element stands for, when the element itself says (an id attribute); else its first post link is read. */
  postIdOfElement?(el: Element): string | undefined;
}
