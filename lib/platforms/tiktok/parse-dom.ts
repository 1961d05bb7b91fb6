import { leadingCount } from '../../parse-kit/counts';
import { collect, docOf, pageLang } from '../../parse-kit/dom';
import type { CaptureResult } from '../types';
import { emptyResult } from '../types';
import { parseTiktokPayloads } from './parse-network';
import { dom } from './selectors';

const parsed = new WeakMap<Element, CaptureResult>();

/**
 * TikTok pages embed their data in __UNIVERSAL_DATA_FOR_REHYDRATION__ (video detail, updated
 * items, user detail): reading it is the DOM path, memoised per script element. The profile
 * header's counts are the fallback for followers (abbreviated, so approximate).
 */
export function parseTiktokDom(root: ParentNode, url: URL): CaptureResult {
  try {
    const doc = docOf(root) ?? root;
    const script = doc.querySelector(dom.rehydration);
    let result: CaptureResult = { posts: [], profiles: [] };
    if (script) {
      result = parsed.get(script) ?? safeParse(script);
      parsed.set(script, result);
    }
    const handle = /^\/@([\w.]{1,60})\/?$/.exec(url.pathname)?.[1];
    if (handle && !result.profiles.some((p) => p.handle === handle)) {
      const lang = pageLang(doc);
      const followers = leadingCount(doc.querySelector(dom.followers)?.textContent, lang);
      const following = leadingCount(doc.querySelector(dom.following)?.textContent, lang);
      if (followers) {
        const approximate = [
          ...(!followers.exact ? ['followers' as const] : []),
          ...(following && !following.exact ? ['following' as const] : []),
        ];
        result = {
          ...result,
          profiles: [
            ...result.profiles,
            {
              platform: 'tiktok',
              handle,
              followers: followers.value,
              ...(following ? { following: following.value } : {}),
              ...(approximate.length ? { approximate } : {}),
            },
          ],
        };
      }
    }
    if (!result.posts.length && !script && collect(root, dom.post).length > 0) {
      return { ...result, warnings: [{ kind: 'selectorMiss', detail: 'tiktok videos on screen but no rehydration data' }] };
    }
    return result;
  } catch (err) {
    return emptyResult([{ kind: 'selectorMiss', detail: `dom parser error: ${String(err).slice(0, 120)}` }]);
  }
}

function safeParse(script: Element): CaptureResult {
  try {
    return parseTiktokPayloads([JSON.parse(script.textContent ?? '')]);
  } catch {
    return { posts: [], profiles: [], warnings: [{ kind: 'payloadNotUnderstood', detail: 'rehydration data is not JSON' }] };
  }
}
