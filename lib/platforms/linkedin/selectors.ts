/**
 * LinkedIn: the least stable platform. Evidence: the realdata README's notes (no licensed raw
 * capture exists): Voyager JSON normalised into included[] by entityUrn; socialDetail counts; the
 * spring-2026 format change; the February-2026 feed DOM without data-urn.
 */
export const LINKEDIN_HOSTS = ['linkedin.com'] as const;
export const LINKEDIN_NETWORK_URL_RE =
  /^https:\/\/(?:www\.)?linkedin\.com\/voyager\/api\/(?:graphql\?[^#]*queryId=voyager(?:FeedDash|Feed|OrganizationDash|Organization|IdentityDash|SearchDash)|feed\/|voyagerFeedDash|organization\/|identity\/)/;

export const dom = {
  /** Older feed: posts carry their activity URN. */
  urnPost: '[data-urn^="urn:li:activity:"], [data-id^="urn:li:activity:"]',
  /** Since Feb 2026: no URN; posts marked by data-view-name under the main feed container. */
  newPost: '[componentkey*="mainFeed"] [data-view-name="feed-full-update"], [data-view-name="feed-full-update"]',
  post: '[data-urn^="urn:li:activity:"], [data-id^="urn:li:activity:"], [data-view-name="feed-full-update"]',
  activityLink: 'a[href*="/feed/update/urn:li:activity:"]',
  actorLink: 'a[href*="/company/"], a[href*="/in/"]',
  text: '[data-view-name="feed-commentary"], .update-components-text, .feed-shared-update-v2__description',
  /** Counts are read from aria-labels and button text: "123 reactions", "45 comments", "6 reposts". */
  countLabels: '[aria-label], button, a',
  composer: {
    editor: '.ql-editor[contenteditable="true"], [role="textbox"][contenteditable="true"]',
    openButton: 'button.share-box-feed-entry__trigger, [data-view-name="share-sharebox-focus"], button[aria-label^="Start a post"]',
    fileInput: '.share-box input[type="file"]',
    /**
     * Never filled: a post's comment and reply boxes (Quill editors too, under .comments-comment-box
     * or .comments-comment-texteditor) and the messaging box. The share box is the dialog holding
     * .share-creation-state (or .share-box).
     */
    neverFill:
      '.comments-comment-box, .comments-comment-texteditor, .comments-comment-box-comment__text-editor, .comments-comment-item, [data-view-name="comment-box"], .msg-form, .msg-form__contenteditable',
    postDialog: '[role="dialog"]:has(.share-creation-state, .share-box), [role="dialog"].share-box-v2__modal',
  },
} as const;

export const COUNT_WORDS: Record<'likes' | 'replies' | 'reposts', RegExp> = {
  likes: /\b(?:reactions?|likes?|reaksi|suka)\b/i,
  replies: /\b(?:comments?|komentar)\b/i,
  reposts: /\b(?:reposts?|shares?|posting ulang|dibagikan)\b/i,
};

/** Pages the content scripts run on (also the extension's host permissions for linkedin). */
export const MATCHES = ['https://www.linkedin.com/*'] as const;

/**
 * Where a page's own follower count stands: the top card's info list (company pages) and the
 * followers link or list item (person pages). Never the headline, tagline or about text, which the
 * page's owner writes ("Growth coach | 50K followers on TikTok").
 */
export const PROFILE_COUNTS = {
  followers:
    '.org-top-card-summary-info-list__info-item, .org-top-card-summary-info-list > *, .org-top-card div, .org-top-card li, .pv-top-card--list-bullet li, .pv-top-card--list li, .pv-top-card li, a[href*="/followers"], [data-view-name="profile-top-card-followers"]',
  /** Text its owner writes: a count in it is never read. */
  ownerText:
    '.text-body-medium, .org-top-card-summary__tagline, .pv-about-section, .pv-shared-text-with-see-more, [data-view-name="profile-headline"], [data-generated-suggestion-target]',
  /** The element's text ends with the count and the word, alone or after a "·" ("Jakarta · 12,500 followers"). */
  followersText: /(?:^|·)\s*(\d[\d.,\s]*(?:\s?[KkMmBb]|\s?rb|\s?jt)?)\s+(?:followers|pengikut)\s*$/i,
} as const;
