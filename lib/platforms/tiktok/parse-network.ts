import { toCount } from '../../parse-kit/counts';
import { get, isObj, isoFromUnixSeconds, shapeOf, str, walkJson, type Obj } from '../../parse-kit/json';
import { hashtagsFromText, uniqueHashtags } from '../../parse-kit/text';
import type {
  CapturedPost,
  CapturedProfile,
  CaptureResult,
  CaptureWarning,
  MetricKey,
  Metrics,
  NetworkInput,
  ProfileCounter,
} from '../types';
import { guardNetwork } from '../../parse-kit/network-guard';
import { collected, Skips } from '../../parse-kit/skips';
import { TIKTOK_NETWORK_URL_RE } from './selectors';

const normaliseHandle = (v: unknown) => (typeof v === 'string' && /^[\w.]{1,60}$/.test(v) ? v : undefined);
export const tiktokVideoUrl = (handle: string, id: string) => `https://www.tiktok.com/@${handle}/video/${id}`;

/**
 * Items anywhere in TikTok JSON (itemList / item_list, itemStruct, updated-items). Counters come
 * from statsV2 (exact strings) when present; the numbers in stats are often rounded, so a value
 * read only from stats is flagged approximate. Live rooms are skipped.
 */
export function parseTiktokPayloads(bodies: unknown[], pageHandle?: string): CaptureResult {
  const posts = new Map<string, CapturedPost>();
  const profiles = new Map<string, CapturedProfile>();
  const warnings: CaptureWarning[] = [];
  const skips = new Skips();
  for (const body of bodies) {
    const complete = walkJson(body, (o) => {
      if (looksLikeItem(o)) {
        if (o.liveRoomInfo) return 'skip';
        const post = readItem(o, pageHandle);
        if (typeof post === 'string') skips.add(post, o);
        else if (!posts.has(post.postId)) posts.set(post.postId, post);
        const author = readProfile(get(o, 'author'), o.authorStats, o.authorStatsV2);
        if (author && !profiles.has(author.handle)) profiles.set(author.handle, author);
        return 'skip';
      }
      // webapp.user-detail.userInfo: { user, stats, statsV2 }
      if (isObj(o.user) && (isObj(o.stats) || isObj(o.statsV2))) {
        const profile = readProfile(o.user, o.stats, o.statsV2);
        if (profile) profiles.set(profile.handle, profile);
      }
    });
    if (!complete) warnings.push({ kind: 'payloadNotUnderstood', detail: 'payload too large to walk' });
  }
  return collected({ posts: posts.values(), profiles: profiles.values(), warnings, skips });
}

export function parseTiktokNetwork(input: NetworkInput): CaptureResult {
  return guardNetwork(input, TIKTOK_NETWORK_URL_RE, 'a TikTok item or user endpoint', (body) => {
    const result = parseTiktokPayloads([body], input.page?.handle);
    const list = body.itemList ?? body.item_list;
    if (!result.posts.length && !result.profiles.length && !(Array.isArray(list) || body.hasMore === false)) {
      return {
        ...result,
        warnings: [...(result.warnings ?? []), { kind: 'payloadNotUnderstood', detail: `no items (keys: ${shapeOf(body)})` }],
      };
    }
    return result;
  });
}

/** An item (a video or photo post), with or without its author: one without is skipped, or takes the page's. */
function looksLikeItem(o: Obj): boolean {
  return (
    (typeof o.id === 'string' || typeof o.id === 'number') &&
    o.createTime !== undefined &&
    (isObj(o.stats) || isObj(o.statsV2)) &&
    (isObj(o.author) || typeof o.author === 'string' || o.author === undefined)
  );
}

function readItem(o: Obj, pageHandle: string | undefined): CapturedPost | 'noId' | 'noAuthor' {
  const id = typeof o.id === 'string' && /^\d{5,25}$/.test(o.id) ? o.id : undefined;
  const handle = normaliseHandle(isObj(o.author) ? o.author.uniqueId : o.author) ?? (o.author === undefined ? pageHandle : undefined);
  if (!id) return 'noId';
  if (!handle) return 'noAuthor';
  const text = str(o.desc) ?? '';
  const metrics: Metrics = {};
  const approximate: MetricKey[] = [];
  const read = (key: MetricKey, field: string) => {
    const exact = toCount(get(o, 'statsV2', field));
    if (exact !== undefined) return void (metrics[key] = exact);
    const rounded = toCount(get(o, 'stats', field));
    if (rounded !== undefined) {
      metrics[key] = rounded;
      approximate.push(key);
    }
  };
  read('likes', 'diggCount');
  read('replies', 'commentCount');
  read('shares', 'shareCount');
  read('views', 'playCount');
  read('bookmarks', 'collectCount');
  read('reposts', 'repostCount');
  const tags = Array.isArray(o.textExtra) ? o.textExtra.map((t) => get(t, 'hashtagName')).filter(Boolean) : [];
  const challenges = Array.isArray(o.challenges) ? o.challenges.map((c) => get(c, 'title')) : [];
  const followers = toCount(get(o, 'authorStatsV2', 'followerCount')) ?? toCount(get(o, 'authorStats', 'followerCount'));
  return {
    platform: 'tiktok',
    postId: id,
    url: tiktokVideoUrl(handle, id),
    authorHandle: handle,
    createdAt: isoFromUnixSeconds(o.createTime),
    text,
    hashtags: tags.length || challenges.length ? uniqueHashtags([...tags, ...challenges]) : hashtagsFromText(text),
    mediaType: isObj(o.imagePost) ? 'photo' : 'video',
    metrics,
    ...(approximate.length ? { approximate } : {}),
    ...(followers !== undefined ? { authorFollowers: followers } : {}),
  };
}

function readProfile(user: unknown, stats: unknown, statsV2: unknown): CapturedProfile | undefined {
  const handle = normaliseHandle(get(user, 'uniqueId'));
  if (!handle) return undefined;
  const out: CapturedProfile = { platform: 'tiktok', handle };
  const approximate: ProfileCounter[] = [];
  const read = (key: ProfileCounter, field: string) => {
    const exact = toCount(get(statsV2, field));
    if (exact !== undefined) return void (out[key] = exact);
    const rounded = toCount(get(stats, field));
    if (rounded !== undefined) {
      out[key] = rounded;
      approximate.push(key);
    }
  };
  read('followers', 'followerCount');
  read('following', 'followingCount');
  read('posts', 'videoCount');
  if (out.followers === undefined && out.following === undefined && out.posts === undefined) return undefined;
  return approximate.length ? { ...out, approximate } : out;
}
