import { leadingCount } from '../../parse-kit/counts';
import { collect, docOf, KNOWN, pageLang } from '../../parse-kit/dom';
import { get, isObj, isoFromUnixSeconds } from '../../parse-kit/json';
import { hashtagsFromText } from '../../parse-kit/text';
import type { CapturedPost, CapturedProfile, CaptureResult, CaptureWarning, MediaType, Metrics } from '../types';
import { emptyResult } from '../types';
import { dom } from './selectors';
import { handleFromUrl, isFbId, postUrlOf } from './shared';

/**
 * The DOM path for Facebook's server-rendered pages (m.facebook.com): each story's data-ft JSON
 * gives its id, page and publish time; the inline MLiveData.set(…) calls give exact likes,
 * comments and shares. On www, a post element we cannot read counts as a selector miss.
 */
export function parseFacebookDom(root: ParentNode, url: URL, known?: (postId: string) => boolean): CaptureResult {
  try {
    const doc = docOf(root) ?? root;
    const live = liveData(doc);
    const posts = new Map<string, CapturedPost>();
    const warnings: CaptureWarning[] = [];
    let skipped = 0;
    for (const el of collect(root, dom.story)) {
      const post = readStory(el, live, known);
      if (post === KNOWN) skipped++;
      else if (post && !posts.has(post.postId)) posts.set(post.postId, post);
    }
    if (!posts.size && !skipped) {
      const unread = collect(root, dom.post).length;
      if (unread) warnings.push({ kind: 'selectorMiss', detail: `${unread} facebook posts on screen but none readable` });
    }
    const profile = readProfile(doc, url);
    return { posts: [...posts.values()], profiles: profile ? [profile] : [], ...(warnings.length ? { warnings } : {}) };
  } catch (err) {
    return emptyResult([{ kind: 'selectorMiss', detail: `dom parser error: ${String(err).slice(0, 120)}` }]);
  }
}

const liveCache = new WeakMap<Element, Map<string, Metrics>>();

/** MLiveData.set("<id>", {like_count:…, comment_count:…, share_count:…}) in inline scripts. */
function liveData(doc: ParentNode): Map<string, Metrics> {
  const out = new Map<string, Metrics>();
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    let found = liveCache.get(script);
    if (!found) {
      found = new Map();
      const text = script.textContent ?? '';
      if (text.includes('MLiveData')) {
        for (const m of text.matchAll(/\["MLiveData","set",\[\],\["(\d{5,25})",\{([^{}]{0,2000})/g)) {
          const body = m[2]!;
          const num = (k: string) => {
            const hit = new RegExp(`(?:^|,)${k}:(\\d{1,13})(?:,|$)`).exec(body);
            return hit ? Number(hit[1]) : undefined;
          };
          const metrics: Metrics = {};
          const likes = num('like_count');
          const comments = num('comment_count');
          const shares = num('share_count');
          if (likes !== undefined) metrics.likes = likes;
          if (comments !== undefined) metrics.replies = comments;
          if (shares !== undefined) metrics.shares = shares;
          found.set(m[1]!, metrics);
        }
      }
      liveCache.set(script, found);
    }
    for (const [k, v] of found) out.set(k, v);
  }
  return out;
}

const ATTACHMENT: Record<string, MediaType> = {
  album: 'photo',
  photo: 'photo',
  cover_photo: 'photo',
  video_inline: 'video',
  video: 'video',
  share: 'link',
  animated_image_share: 'gif',
};

function readStory(el: Element, live: Map<string, Metrics>, known?: (postId: string) => boolean): CapturedPost | typeof KNOWN | undefined {
  let ft: unknown;
  try {
    ft = JSON.parse(el.getAttribute('data-ft') ?? '');
  } catch {
    return undefined;
  }
  const postId = get(ft, 'top_level_post_id');
  if (!isFbId(postId)) return undefined;
  if (known?.(postId)) return KNOWN;
  const pageId = get(ft, 'page_id') ?? get(ft, 'content_owner_id_new');
  const insights = get(ft, 'page_insights');
  const context = isObj(insights)
    ? Object.values(insights)
        .map((v) => get(v, 'post_context'))
        .find(isObj)
    : undefined;
  const header = Array.from(el.querySelectorAll('header a[href], h3 a[href], strong a[href], a[href]'))
    .map((a) => handleFromUrl(a.getAttribute('href')))
    .find(Boolean);
  const handle = header ?? (isFbId(pageId) ? pageId : undefined);
  if (!handle) return undefined;
  const textEl = el.querySelector('[data-ft*="tn"] p, .story_body_container p, p');
  const text = textEl?.textContent?.trim() ?? '';
  return {
    platform: 'facebook',
    postId,
    url: postUrlOf(handle, postId),
    authorHandle: handle,
    createdAt: isoFromUnixSeconds(get(context, 'publish_time')),
    text,
    hashtags: hashtagsFromText(text),
    mediaType: ATTACHMENT[String(get(ft, 'story_attachment_style'))] ?? 'text',
    metrics: live.get(postId) ?? {},
  };
}

function readProfile(doc: ParentNode, url: URL): CapturedProfile | undefined {
  const handle = handleFromUrl(url.href);
  // Only the page's own followers link (facebook.com/<page>/followers), never a link in its intro.
  const own = (el: Element) => {
    try {
      const u = new URL(el.getAttribute('href') ?? '', url.href);
      return /(?:^|\.)facebook\.com$/.test(u.host) && !!handle && u.pathname.toLowerCase().startsWith(`/${handle.toLowerCase()}/`);
    } catch {
      return false;
    }
  };
  const followers = leadingCount(Array.from(doc.querySelectorAll(dom.followers)).find(own)?.textContent, pageLang(doc));
  return handle && followers
    ? { platform: 'facebook', handle, followers: followers.value, ...(followers.exact ? {} : { approximate: ['followers'] }) }
    : undefined;
}
