/**
 * Threads (threads.com; threads.net still serves). Posts use Instagram's media schema.
 * Evidence: ../shared/realdata/threads/L*.json (2023 web GraphQL) and the realdata README's notes on
 * 2026 capture tools (`{ post: { pk, code, … } }`, `script[data-sjs]` blocks, search results).
 */
export const THREADS_HOSTS = ['threads.com', 'threads.net'] as const;
export const THREADS_NETWORK_URL_RE = /^https:\/\/(?:www\.)?threads\.(?:com|net)\/(?:graphql\/query|api\/graphql)(?:[/?#]|$)/;

export const dom = {
  /** Page-embedded JSON (ScheduledServerJS / RelayPrefetchedStreamCache). */
  embedded: 'script[data-sjs]',
  /** A post on screen: its permalink. */
  post: 'a[href*="/post/"]',
  composer: {
    editor: '[contenteditable="true"][role="textbox"]',
    openButton: '[aria-label="Create"], [aria-label="Buat"], a[href="/intent/post"]',
    addPost: '[aria-label="Add to thread"], [aria-label="Tambahkan ke utas"]',
    fileInput: '[role="dialog"] input[type="file"]',
    /**
     * Never filled: a reply box (labelled "Reply to <user>…", inline on a post page or in a reply
     * dialog) and the direct-message box. The post dialog is the one titled "New thread".
     */
    neverFill:
      '[aria-label^="Reply to"], [aria-placeholder^="Reply to"], [aria-label^="Balas"], [aria-placeholder^="Balas"], [aria-label="Message"], [aria-label="Pesan"]',
    postDialog:
      '[role="dialog"]:is([aria-label="New thread"], [aria-label="Thread baru"]), [role="dialog"]:has([aria-label="Add to thread"], [aria-label="Tambahkan ke utas"])',
  },
} as const;

/** Pages the content scripts run on (also the extension's host permissions for threads). */
export const MATCHES = [
  'https://www.threads.com/*',
  'https://threads.com/*',
  'https://www.threads.net/*',
  'https://threads.net/*',
] as const;
