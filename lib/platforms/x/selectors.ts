/**
 * Everything X-specific that can rot, in one place, each with the evidence that proves it.
 * Evidence: ../shared/realdata/x/** (GraphQL 2025 and 2026) and x/dom/tweet-detail-article.html.
 */

/** GraphQL operations that carry posts or profiles. Others (e.g. Followers) are never forwarded. */
export const X_OPERATIONS = [
  'UserTweets',
  'UserTweetsAndReplies',
  'UserMedia',
  'HomeTimeline',
  'HomeLatestTimeline',
  'TweetDetail',
  'SearchTimeline',
  'ListLatestTweetsTimeline',
  'CommunityTweetsTimeline',
  'Likes',
  'Bookmarks',
  'UserByScreenName',
] as const;

/** https://x.com/i/api/graphql/<queryId>/<Operation>?variables=… (operations.json) */
export const X_NETWORK_URL_RE = new RegExp(
  `^https://(?:x\\.com|twitter\\.com|api\\.x\\.com|api\\.twitter\\.com)(?:/i/api)?/graphql/[\\w-]+/(?:${X_OPERATIONS.join('|')})(?:[?#]|$)`,
);

export const X_HOSTS = ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'] as const;

/** DOM selectors (tweet-detail-article.html). Only data-testid / aria / href, never hashed classes. */
export const dom = {
  post: 'article[data-testid="tweet"]',
  text: '[data-testid="tweetText"]',
  userName: '[data-testid="User-Name"]',
  /** The permalink is the <a> around <time>; its href is /<handle>/status/<id>. */
  permalinkTime: 'a[href*="/status/"] time[datetime]',
  statusLink: 'a[href*="/status/"]',
  /** "48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views": exact, no separators. */
  metricsGroup: '[role="group"][aria-label]',
  /** Buttons whose aria-label starts with the exact count: "553 Likes. Like". */
  buttons: {
    replies: '[data-testid="reply"]',
    reposts: '[data-testid="retweet"], [data-testid="unretweet"]',
    likes: '[data-testid="like"], [data-testid="unlike"]',
    bookmarks: '[data-testid="bookmark"], [data-testid="removeBookmark"]',
  },
  /** "30142 views. View post analytics" (timeline view). */
  analyticsLink: 'a[href$="/analytics"]',
  /** Visible abbreviated count inside a button: "29.9K" (truncated, a lower bound). */
  visibleCount: '[data-testid="app-text-transition-container"]',
  media: {
    video: '[data-testid="videoPlayer"], [data-testid="videoComponent"]',
    photo: '[data-testid="tweetPhoto"]',
    card: '[data-testid="card.wrapper"]',
  },
  /** Profile header: "695.6K Followers", "762 Following" (abbreviated: approximate). */
  followers: 'a[href$="/verified_followers"], a[href$="/followers"]',
  following: 'a[href$="/following"]',
  /** The native composer (Draft.js) and the button that opens it. Never the Post button. */
  composer: {
    editor: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] [contenteditable="true"]',
    openButton: 'a[data-testid="SideNav_NewTweet_Button"], a[href="/compose/post"]',
    addPost: '[data-testid="addButton"]',
    fileInput: 'input[data-testid="fileInput"]',
    /**
     * Never filled: a status page's inline reply box (it sits in the conversation timeline, labelled
     * by its heading), a reply or quote dialog (it shows the post it answers, an article[data-testid="tweet"]),
     * and the message composer. One click on a reply box's button publishes a brand post under someone else's.
     */
    neverFill:
      '[aria-label^="Timeline: Conversation"], [aria-label^="Linimasa: Percakapan"], [role="dialog"]:has(article[data-testid="tweet"]), [data-testid="dmComposerTextInput"], [data-testid="DmActivityContainer"]',
  },
} as const;

/**
 * Words in the metrics group label, by metric, for the languages X ships most to our users.
 * A language not listed falls back to the per-button labels, which start with the number.
 */
export const GROUP_LABEL_WORDS: Record<string, readonly string[]> = {
  replies: ['repl', 'balasan', 'antwort', 'respuesta', 'réponse', 'resposta'],
  reposts: ['repost', 'posting ulang', 'postingan ulang', 'retweet', 'reposts', 'republicaç', 'reposte'],
  quotes: ['quote', 'kutipan'],
  likes: ['like', 'suka', 'gefällt', 'me gusta', "j'aime", 'curtida'],
  bookmarks: ['bookmark', 'markah', 'lesezeichen', 'guardado', 'signet', 'itens salvos'],
  views: ['view', 'tayangan', 'dilihat', 'ansicht', 'visualizac', 'vue', 'visualizaç'],
};

/** Pages the content scripts run on (also the extension's host permissions for x). */
export const MATCHES = ['https://x.com/*', 'https://twitter.com/*'] as const;
