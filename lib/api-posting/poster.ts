import type { ComposeTarget } from '../platforms/registry';

/** A post made live by an API: its id (and Bluesky's cid), and its public URL when known. */
export interface LivePart {
  id: string;
  cid?: string;
  url?: string;
}

/** What the UI shows of a connected account, and what counting and fallbacks need from it. */
export interface Connection {
  /** "@kopi.bsky.social", "kopi@mastodon.social · mastodon.social". */
  label: string;
  /** The server's origin (a Mastodon instance: its /share page is the fallback). */
  server: string;
  /** The server's own character limit, when it sets one. */
  limit?: number;
}

/**
 * A platform whose API is open to its users. Its folder implements it (lib/platforms/<p>/api-posting.ts);
 * lib/background/api-posting.ts stores the credentials, records each live post on the draft and
 * resumes a thread that failed partway, the same for every platform.
 */
export interface ApiPoster<C = unknown> {
  target: ComposeTarget;
  /** Check the connect form's values (its definition's `posting.api.fields`) with the server; resolves to the credentials to store. Throws a PostingError in words the UI shows. */
  signIn(fields: Record<string, string>): Promise<C>;
  /** Stored credentials, validated on every read (they live in the extension's own IndexedDB). */
  parse(stored: unknown): C | undefined;
  connection(credentials: C): Connection;
  /** The user's own account on a captured platform, marked "own" once connected. */
  ownHandle?(credentials: C): string | undefined;
  /**
   * Post `parts` from `live.length` on, as one thread (each a reply to the previous), the images on
   * the first. Calls `onLive` after each post, before the next is sent.
   */
  post(
    credentials: C,
    parts: readonly string[],
    ctx: {
      live: readonly LivePart[];
      media: ReadonlyArray<{ blob: Blob; name: string }>;
      now(): number;
      /** Stable per draft and part, so a retried request does not post twice where the API honours it. */
      idempotencyKey(index: number): string;
      /** The credentials changed (a refreshed session): store them. */
      saveCredentials(credentials: C): Promise<void>;
      onLive(part: LivePart): Promise<void>;
    },
  ): Promise<void>;
}
