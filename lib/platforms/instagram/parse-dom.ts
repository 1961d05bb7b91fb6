import { leadingCount } from '../../parse-kit/counts';
import { docOf, pageLang } from '../../parse-kit/dom';
import { normaliseMetaHandle, parseEmbeddedJson } from '../../parse-kit/meta';
import type { CapturedProfile, CaptureResult } from '../types';
import { emptyResult } from '../types';
import { instagramPostUrl } from './parse-network';
import { dom } from './selectors';

const RESERVED = new Set(['p', 'reel', 'reels', 'explore', 'stories', 'direct', 'accounts', 'tv']);

/**
 * Instagram pages embed their data as JSON (data-sjs: xig_user_by_username, xig_polaris_media);
 * that is the DOM path. A profile page's meta description gives the counts when the JSON does not.
 */
export function parseInstagramDom(root: ParentNode, url: URL): CaptureResult {
  try {
    const doc = docOf(root) ?? root;
    const result = parseEmbeddedJson(doc, { platform: 'instagram', url: instagramPostUrl, mediaCountIsPosts: true });
    const handle = profileHandle(url);
    if (handle && !result.profiles.some((p) => p.handle.toLowerCase() === handle.toLowerCase())) {
      const fromMeta = profileFromDescription(doc, handle, pageLang(doc));
      if (fromMeta) result.profiles.push(fromMeta);
    }
    return result;
  } catch (err) {
    return emptyResult([{ kind: 'selectorMiss', detail: `dom parser error: ${String(err).slice(0, 120)}` }]);
  }
}

function profileHandle(url: URL): string | undefined {
  const m = /^\/([\w.]{1,30})\/?$/.exec(url.pathname);
  return m && !RESERVED.has(m[1]!) ? normaliseMetaHandle(m[1]) : undefined;
}

/** "1,234 Followers, 56 Following, 78 Posts - …" (English; other languages keep the order). */
function profileFromDescription(doc: ParentNode, handle: string, lang: string): CapturedProfile | undefined {
  const content = doc.querySelector(dom.profileDescription)?.getAttribute('content') ?? '';
  const parts = content.split(' - ')[0]?.split(/,\s+(?=\d)/) ?? [];
  if (parts.length < 3) return undefined;
  const [followers, following, posts] = parts.map((p) => leadingCount(p, lang));
  if (!followers) return undefined;
  return {
    platform: 'instagram',
    handle,
    followers: followers.value,
    ...(following ? { following: following.value } : {}),
    ...(posts ? { posts: posts.value } : {}),
  };
}
