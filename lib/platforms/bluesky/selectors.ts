/**
 * Bluesky: the web app (bsky.app) calls XRPC on the app view or the user's PDS.
 * Evidence: ../shared/realdata/bluesky/* (getAuthorFeed, getTimeline, getPostThread, getPosts, getProfiles).
 */
export const BLUESKY_HOSTS = ['bsky.app'] as const;

const METHODS = [
  'app.bsky.feed.getAuthorFeed',
  'app.bsky.feed.getTimeline',
  'app.bsky.feed.getFeed',
  'app.bsky.feed.getListFeed',
  'app.bsky.feed.getPostThread',
  'app.bsky.feed.getPosts',
  'app.bsky.feed.searchPosts',
  'app.bsky.feed.getQuotes',
  'app.bsky.feed.getActorLikes',
  'app.bsky.actor.getProfile',
  'app.bsky.actor.getProfiles',
];

/** Any https host: bsky.app reads from public.api.bsky.app, api.bsky.app or the user's PDS. */
export const BLUESKY_NETWORK_URL_RE = new RegExp(
  `^https://[\\w.-]+(?::\\d+)?/xrpc/(?:${METHODS.map((m) => m.replace(/\./g, '\\.')).join('|')})(?:[?#]|$)`,
);

export const dom = {
  /** Feed and thread items carry the author's handle in their test id. */
  post: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  postLink: 'a[href*="/post/"]',
  text: '[data-testid="postText"]',
  likeCount: '[data-testid="likeCount"]',
  repostCount: '[data-testid="repostCount"]',
  replyCount: '[data-testid="replyBtn"]',
  /** Profile header counts: links to /followers and /follows. */
  followers: 'a[href$="/followers"]',
  follows: 'a[href$="/follows"]',
  composer: {
    editor: '[data-testid="composerTextInput"] [contenteditable="true"], .ProseMirror[contenteditable="true"]',
    openButton: '[data-testid="composeFAB"], [aria-label="New post"], [aria-label="Compose new post"]',
    addPost: '[data-testid="composerAddPostButton"], [aria-label="Add another post"], [aria-label="Add new post"]',
    fileInput: '[data-testid="composer"] input[type="file"]',
  },
} as const;

/** Pages the content scripts run on (also the extension's host permissions for bluesky). */
export const MATCHES = ['https://bsky.app/*'] as const;
