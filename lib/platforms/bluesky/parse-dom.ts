import { leadingCount, parseCount } from '../../parse-kit/counts';
import { collect, KNOWN, pageLang, readText } from '../../parse-kit/dom';
import { hashtagsFromText } from '../../parse-kit/text';
import type { CapturedPost, CapturedProfile, CaptureResult, CaptureWarning, MetricKey, Metrics } from '../types';
import { emptyResult } from '../types';
import { dom } from './selectors';
import { createdAtFromTid, normaliseBskyHandle, postUrl } from './shared';

/**
 * DOM fallback for bsky.app: feed and thread items (their test ids carry the author handle), and
 * the profile header's follower counts. Displayed counts are abbreviated, so they are lower bounds.
 */
export function parseBlueskyDom(root: ParentNode, url: URL, known?: (postId: string) => boolean): CaptureResult {
  try {
    const lang = pageLang(root);
    const posts: CapturedPost[] = [];
    const warnings: CaptureWarning[] = [];
    for (const item of collect(root, dom.post)) {
      const post = readItem(item, lang, known);
      if (post === KNOWN) continue;
      if (post) posts.push(post);
      else warnings.push({ kind: 'selectorMiss', detail: 'bluesky feed item without post link' });
    }
    const profile = readProfile(root, url, lang);
    return { posts, profiles: profile ? [profile] : [], ...(warnings.length ? { warnings } : {}) };
  } catch (err) {
    return emptyResult([{ kind: 'selectorMiss', detail: `dom parser error: ${String(err).slice(0, 120)}` }]);
  }
}

function readItem(item: Element, lang: string, known?: (postId: string) => boolean): CapturedPost | typeof KNOWN | undefined {
  const testid = item.getAttribute('data-testid') ?? '';
  const byHandle = normaliseBskyHandle(testid.replace(/^(feedItem|postThreadItem)-by-/, ''));
  const link = Array.from(item.querySelectorAll(dom.postLink)).find((a) =>
    /\/profile\/[^/]+\/post\/[\w]+$/.test(a.getAttribute('href') ?? ''),
  );
  const m = /\/profile\/([^/]+)\/post\/([\w]+)$/.exec(link?.getAttribute('href') ?? '');
  if (!m || !byHandle) return undefined;
  const handle = normaliseBskyHandle(m[1]) ?? byHandle;
  const rkey = m[2]!;
  if (known?.(rkey)) return KNOWN;
  const textEl = item.querySelector(dom.text);
  const text = textEl ? readText(textEl) : '';
  const metrics: Metrics = {};
  const approximate: MetricKey[] = [];
  const read = (key: MetricKey, selector: string) => {
    const el = item.querySelector(selector);
    if (!el) return;
    const raw = el.textContent?.trim() ?? '';
    const parsed = raw ? parseCount(raw, lang) : { value: 0, exact: true };
    if (!parsed) return;
    metrics[key] = parsed.value;
    if (!parsed.exact) approximate.push(key);
  };
  read('likes', dom.likeCount);
  read('reposts', dom.repostCount);
  read('replies', dom.replyCount);
  return {
    platform: 'bluesky',
    postId: rkey,
    url: postUrl(handle, rkey),
    authorHandle: handle,
    createdAt: createdAtFromTid(rkey),
    text,
    hashtags: hashtagsFromText(text),
    metrics,
    ...(approximate.length ? { approximate } : {}),
  };
}

function readProfile(root: ParentNode, url: URL, lang: string): CapturedProfile | undefined {
  const m = /^\/profile\/([^/]+)\/?$/.exec(url.pathname);
  const handle = normaliseBskyHandle(m?.[1]);
  if (!handle) return undefined;
  // Only the header's own links (/profile/<handle>/followers), never a link the profile's bio carries.
  const own = (el: Element) => {
    try {
      const u = new URL(el.getAttribute('href') ?? '', 'https://bsky.app');
      return u.host === 'bsky.app' && u.pathname.toLowerCase().startsWith(`/profile/${handle}/`);
    } catch {
      return false;
    }
  };
  const followers = leadingCount(Array.from(root.querySelectorAll(dom.followers)).find(own)?.textContent, lang);
  const following = leadingCount(Array.from(root.querySelectorAll(dom.follows)).find(own)?.textContent, lang);
  if (!followers && !following) return undefined;
  return {
    platform: 'bluesky',
    handle,
    ...(followers ? { followers: followers.value } : {}),
    ...(following ? { following: following.value } : {}),
  };
}
