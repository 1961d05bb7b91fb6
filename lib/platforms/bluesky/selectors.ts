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
    /** The composer's TipTap (ProseMirror) editor: an unlabelled contenteditable inside composePostView. */
    editor:
      '[data-testid="composePostView"] [contenteditable="true"], [data-testid="composerTextInput"] [contenteditable="true"], .ProseMirror[contenteditable="true"]',
    openButton: '[data-testid="composeFAB"], [aria-label="New post"], [aria-label="Compose new post"]',
    addPost: '[data-testid="composerAddPostButton"], [aria-label="Add another post"], [aria-label="Add new post"]',
    fileInput: '[data-testid="composer"] input[type="file"], [data-testid="composePostView"] input[type="file"]',
    /**
     * Never filled: the composer opened as a reply, which shows the post it answers behind a button
     * labelled "Expand or collapse the full post you are replying to" (social-app's ComposerReplyTo),
     * and the chat's message box.
     */
    neverFill:
      '[data-testid="composePostView"]:has([aria-label="Expand or collapse the full post you are replying to"]), [data-testid="messageInput"], [aria-label="Write a message"]',
  },
} as const;

/** Pages the content scripts run on (also the extension's host permissions for bluesky). */
export const MATCHES = ['https://bsky.app/*'] as const;
