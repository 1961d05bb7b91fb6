import { leadingCount, parseCount } from '../../parse-kit/counts';
import { collect, KNOWN, pageLang, readText } from '../../parse-kit/dom';
import type { CapturedPost, CapturedProfile, CaptureResult, CaptureWarning, MediaType, MetricKey, Metrics, ProfileCounter } from '../types';
import { emptyResult } from '../types';
import { dom, GROUP_LABEL_WORDS } from './selectors';
import { hashtagsFromText } from '../../parse-kit/text';
import { createdAtFromSnowflake, isStatusId, normaliseHandle, statusUrl } from './shared';

/**
 * DOM fallback for X: reads `article[data-testid="tweet"]`. Exact counts come from aria-labels
 * first (no thousands separators there); only when those are missing is the visible, truncated
 * text read through the locale-aware count parser, and the value flagged as approximate.
 */
export function parseXDom(root: ParentNode, url: URL, known?: (postId: string) => boolean): CaptureResult {
  try {
    const lang = pageLang(root);
    const articles = collect(root, dom.post);
    const posts: CapturedPost[] = [];
    const warnings: CaptureWarning[] = [];
    for (const article of articles) {
      const post = readArticle(article, lang, url, known);
      if (post === KNOWN) continue;
      if (post) posts.push(post);
      else warnings.push({ kind: 'selectorMiss', detail: 'tweet article without status link' });
    }
    const profile = readProfile(root, url, lang);
    return { posts, profiles: profile ? [profile] : [], ...(warnings.length ? { warnings } : {}) };
  } catch (err) {
    return emptyResult([{ kind: 'selectorMiss', detail: `dom parser error: ${String(err).slice(0, 120)}` }]);
  }
}

function readArticle(
  article: Element,
  lang: string,
  pageUrl: URL,
  known?: (postId: string) => boolean,
): CapturedPost | typeof KNOWN | undefined {
  // The permalink wraps <time>; quoted tweets inside the article have their own, later links.
  const time = article.querySelector(dom.permalinkTime);
  const link = (time?.closest('a') ?? article.querySelector(dom.statusLink)) as HTMLAnchorElement | null;
  const ids = link ? /^\/(\w{1,50})\/status\/(\d{1,25})/.exec(new URL(link.getAttribute('href') ?? '', pageUrl.origin).pathname) : null;
  if (!ids) return undefined;
  const handle = normaliseHandle(ids[1]);
  const postId = ids[2];
  if (!handle || !isStatusId(postId)) return undefined;
  if (known?.(postId)) return KNOWN;

  const datetime = time?.getAttribute('datetime');
  const createdAt = datetime && !Number.isNaN(Date.parse(datetime)) ? new Date(datetime).toISOString() : createdAtFromSnowflake(postId);
  const textEl = article.querySelector(dom.text);
  const text = textEl ? readText(textEl) : '';
  const { metrics, approximate } = readMetrics(article, lang);

  return {
    platform: 'x',
    postId,
    url: statusUrl(handle, postId),
    authorHandle: handle,
    createdAt,
    text,
    hashtags: hashtagsFromText(text),
    mediaType: mediaType(article),
    metrics,
    ...(approximate.length ? { approximate } : {}),
  };
}

function leadingInt(label: string | null | undefined): number | undefined {
  const m = /^\s*(\d+)\b/.exec(label ?? '');
  return m ? Number(m[1]) : undefined;
}

function readMetrics(article: Element, lang: string): { metrics: Metrics; approximate: MetricKey[] } {
  const metrics: Metrics = {};
  const approximate: MetricKey[] = [];
  const group = article.querySelector(dom.metricsGroup);
  const groupLabel = group?.getAttribute('aria-label') ?? '';
  const fromGroup = parseGroupLabel(groupLabel);

  for (const key of ['replies', 'reposts', 'likes', 'bookmarks'] as const) {
    const button = article.querySelector(dom.buttons[key]);
    const value = fromGroup.get(key) ?? leadingInt(button?.getAttribute('aria-label'));
    if (value !== undefined) {
      metrics[key] = value;
      continue;
    }
    if (!button) continue;
    const visible = button.querySelector(dom.visibleCount)?.textContent?.trim() ?? '';
    if (!visible) {
      // A button with no number at all is X's way of showing zero, when the label understood is
      // ours; otherwise leave it unknown.
      if (fromGroup.size > 0) metrics[key] = 0;
      continue;
    }
    const parsed = parseCount(visible, lang);
    if (parsed) {
      metrics[key] = parsed.value;
      if (!parsed.exact) approximate.push(key);
    }
  }

  const analytics = article.querySelector(dom.analyticsLink);
  const views = fromGroup.get('views') ?? leadingInt(analytics?.getAttribute('aria-label'));
  if (views !== undefined) metrics.views = views;
  else if (analytics) {
    const parsed = parseCount(analytics.querySelector(dom.visibleCount)?.textContent ?? analytics.textContent, lang);
    if (parsed) {
      metrics.views = parsed.value;
      if (!parsed.exact) approximate.push('views');
    }
  }
  return { metrics, approximate };
}

/** "48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views" → a map by metric. */
export function parseGroupLabel(label: string): Map<MetricKey, number> {
  const out = new Map<MetricKey, number>();
  for (const part of label.split(/[,،、]/)) {
    const m = /^\s*(\d+)\s+(.+?)\s*$/.exec(part);
    if (!m) continue;
    const word = m[2]!.toLowerCase();
    for (const [key, words] of Object.entries(GROUP_LABEL_WORDS)) {
      if (words.some((w) => word.startsWith(w))) {
        out.set(key as MetricKey, Number(m[1]));
        break;
      }
    }
  }
  return out;
}

function mediaType(article: Element): MediaType {
  const hasVideo = !!article.querySelector(dom.media.video);
  const hasPhoto = !!article.querySelector(dom.media.photo);
  if (hasVideo && hasPhoto) return 'mixed';
  if (hasVideo) return 'video';
  if (hasPhoto) return 'photo';
  return article.querySelector(dom.media.card) ? 'link' : 'text';
}

/** A profile page's header counts (/<handle>): read only when they link to this handle. */
function readProfile(root: ParentNode, url: URL, lang: string): CapturedProfile | undefined {
  const handle = normaliseHandle(/^\/(\w{1,15})\/?$/.exec(url.pathname)?.[1]);
  if (!handle) return undefined;
  const own = (el: Element | null) => (el?.getAttribute('href') ?? '').toLowerCase().startsWith(`/${handle.toLowerCase()}/`);
  const followersEl = Array.from(root.querySelectorAll(dom.followers)).find(own) ?? null;
  const followingEl = Array.from(root.querySelectorAll(dom.following)).find(own) ?? null;
  const followers = leadingCount(followersEl?.textContent, lang);
  const following = leadingCount(followingEl?.textContent, lang);
  if (!followers && !following) return undefined;
  const approximate: ProfileCounter[] = [
    ...(followers && !followers.exact ? ['followers' as const] : []),
    ...(following && !following.exact ? ['following' as const] : []),
  ];
  return {
    platform: 'x',
    handle,
    ...(followers ? { followers: followers.value } : {}),
    ...(following ? { following: following.value } : {}),
    ...(approximate.length ? { approximate } : {}),
  };
}
