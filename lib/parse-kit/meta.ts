/**
 * Meta's media schema, shared by Instagram and Threads: `code`, `pk`, `taken_at`, `like_count`,
 * `comment_count`, `caption.text`, `user.username`, `text_post_app_info`, plus Instagram's older
 * Graph shape (`shortcode`, `taken_at_timestamp`, `edge_media_preview_like`). Pure, never throws.
 */
import { toCount } from './counts';
import { get, isObj, isoFromUnixSeconds, str, walkJson, type Obj } from './json';
import { hashtagsFromText } from './text';
import { collected, mergeTallies, Skips } from './skips';
import type { CapturedPost, CapturedProfile, CaptureResult, CaptureWarning, MediaType, Metrics, PlatformId } from '../platforms/types';

export const isMetaCode = (v: unknown): v is string => typeof v === 'string' && /^[\w-]{5,64}$/.test(v);

export function normaliseMetaHandle(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const h = v.trim().replace(/^@/, '');
  return /^[\w.]{1,60}$/.test(h) ? h : undefined;
}

/**
 * True for an object that is a media item in either shape, with or without its author (a grid
 * item may leave the author to the page: it is then read from the page context, or skipped).
 */
export function looksLikeMedia(o: Obj): boolean {
  if (isMetaCode(o.code) && (typeof o.taken_at === 'number' || typeof o.taken_at === 'string') && (isObj(o.user) || 'pk' in o || 'id' in o))
    return true;
  return isMetaCode(o.shortcode) && typeof o.taken_at_timestamp === 'number' && (isObj(o.owner) || 'id' in o);
}

/** What differs between the Meta apps that share these JSON shapes: said by each platform's own parser. */
export interface MediaOptions {
  platform: PlatformId;
  url: (handle: string, code: string) => string;
  /** The profile's media count is that platform's post count (on another app it counts something else). */
  mediaCountIsPosts?: boolean;
  /** The profile the tab shows: the author of grid items that name none. */
  pageHandle?: string;
}

/** Read one media item; a skip reason when its id or author is missing. */
export function readMedia(o: Obj, { platform, url, pageHandle }: MediaOptions): CapturedPost | 'noId' | 'noAuthor' {
  const graph = !isMetaCode(o.code);
  const code = graph ? str(o.shortcode) : str(o.code);
  const owner = graph ? o.owner : o.user;
  // The page's profile stands in only where the item names no one else.
  const handle = normaliseMetaHandle(get(owner, 'username')) ?? (get(owner, 'username') === undefined ? pageHandle : undefined);
  if (!code || !isMetaCode(code)) return 'noId';
  if (!handle) return 'noAuthor';
  const text = str(get(o, 'caption', 'text')) ?? str(get(o, 'edge_media_to_caption', 'edges', 0, 'node', 'text')) ?? '';
  const info = isObj(o.text_post_app_info) ? o.text_post_app_info : undefined;
  const metrics: Metrics = {};
  const set = (k: keyof Metrics, ...vs: unknown[]) => {
    for (const v of vs) {
      const n = toCount(v);
      if (n !== undefined) {
        metrics[k] = n;
        return;
      }
    }
  };
  // Hidden likes still carry a token like_count (seen as 3): store none rather than a wrong number.
  if (o.like_and_view_counts_disabled !== true) {
    set('likes', o.like_count, get(o, 'edge_media_preview_like', 'count'), get(o, 'edge_liked_by', 'count'));
    set('views', o.view_count, o.play_count, o.video_view_count, o.ig_play_count);
  }
  set(
    'replies',
    get(info, 'direct_reply_count'),
    o.comment_count,
    get(o, 'edge_media_to_comment', 'count'),
    get(o, 'edge_media_preview_comment', 'count'),
  );
  set('reposts', get(info, 'repost_count'), get(info, 'reshare_count'), o.media_repost_count);
  set('quotes', get(info, 'quote_count'));
  set('shares', o.share_count);
  const createdAt = isoFromUnixSeconds(graph ? o.taken_at_timestamp : o.taken_at);
  const followers = toCount(get(o, 'user', 'follower_count'));
  const quoted = get(info, 'share_info', 'quoted_post');
  const quoteOf = isObj(quoted) && isMetaCode(quoted.code) ? quoted.code : undefined;
  return {
    platform,
    postId: code,
    url: url(handle, code),
    authorHandle: handle,
    createdAt,
    text,
    hashtags: hashtagsFromText(text),
    mediaType: mediaTypeOf(o),
    metrics,
    ...(followers !== undefined ? { authorFollowers: followers } : {}),
    ...(quoteOf ? { quoteOf } : {}),
  };
}

function mediaTypeOf(o: Obj): MediaType {
  if (o.product_type === 'clips' || o.media_type === 2 || o.is_video === true || o.__typename === 'GraphVideo') return 'video';
  const carousel = o.carousel_media ?? get(o, 'edge_sidecar_to_children', 'edges');
  if (Array.isArray(carousel) && carousel.length) {
    const kinds = new Set(carousel.map((c) => (get(c, 'media_type') === 2 || get(c, 'node', 'is_video') === true ? 'video' : 'photo')));
    return kinds.size > 1 ? 'mixed' : kinds.has('video') ? 'video' : 'photo';
  }
  if (o.media_type === 1 || o.__typename === 'GraphImage' || isObj(o.image_versions2)) {
    // Threads text posts carry media_type 19 and no image.
    return 'photo';
  }
  return get(o, 'text_post_app_info', 'link_preview_attachment') ? 'link' : 'text';
}

/** A user object with counts: xdt (`follower_count`) or Graph (`edge_followed_by.count`). */
export function readMetaProfile(
  o: Obj,
  { platform, mediaCountIsPosts }: Pick<MediaOptions, 'platform' | 'mediaCountIsPosts'>,
): CapturedProfile | undefined {
  const handle = normaliseMetaHandle(o.username);
  if (!handle) return undefined;
  const followers = toCount(o.follower_count ?? get(o, 'edge_followed_by', 'count'));
  const following = toCount(o.following_count ?? get(o, 'edge_follow', 'count'));
  const posts = mediaCountIsPosts ? toCount(o.media_count ?? get(o, 'edge_owner_to_timeline_media', 'count')) : undefined;
  if (followers === undefined && following === undefined && posts === undefined) return undefined;
  return {
    platform,
    handle,
    ...(followers !== undefined ? { followers } : {}),
    ...(following !== undefined ? { following } : {}),
    ...(posts !== undefined ? { posts } : {}),
  };
}

/**
 * Every media item and profile in Meta payloads (GraphQL, REST, or page-embedded JSON), wherever
 * they sit. A media item seen twice (in a feed and as a quote) keeps its richer copy.
 */
export function parseMetaPayloads(bodies: unknown[], options: MediaOptions): CaptureResult {
  const posts = new Map<string, CapturedPost>();
  const profiles = new Map<string, CapturedProfile>();
  const warnings: CaptureWarning[] = [];
  const skips = new Skips();
  for (const body of bodies) {
    const complete = walkJson(body, (o) => {
      if (looksLikeMedia(o)) {
        const post = readMedia(o, options);
        if (typeof post === 'string') return void skips.add(post, o);
        const prev = posts.get(post.postId);
        if (!prev || Object.keys(post.metrics).length > Object.keys(prev.metrics).length) posts.set(post.postId, post);
        return;
      }
      if (typeof o.username === 'string') {
        const profile = readMetaProfile(o, options);
        if (profile && !profiles.has(profile.handle.toLowerCase())) profiles.set(profile.handle.toLowerCase(), profile);
      }
    });
    if (!complete) warnings.push({ kind: 'payloadNotUnderstood', detail: 'payload too large to walk' });
  }
  return collected({ posts: posts.values(), profiles: profiles.values(), warnings, skips });
}

const parsedScripts = new WeakMap<Element, CaptureResult>();

/**
 * Posts and profiles in the JSON a Meta page embeds (<script type="application/json" data-sjs>).
 * Each script is parsed once (memoised by element), so rescans on scroll stay cheap.
 */
export function parseEmbeddedJson(root: ParentNode, options: MediaOptions): CaptureResult {
  const merged: CaptureResult = { posts: [], profiles: [] };
  for (const s of Array.from(root.querySelectorAll('script[data-sjs]'))) {
    let result = parsedScripts.get(s);
    if (!result) {
      const text = s.textContent ?? '';
      try {
        result = text.length > 8 * 1024 * 1024 ? { posts: [], profiles: [] } : parseMetaPayloads([JSON.parse(text)], options);
      } catch {
        result = { posts: [], profiles: [] }; // a block that is not JSON is not ours to read
      }
      parsedScripts.set(s, result);
    }
    merged.posts.push(...result.posts);
    merged.profiles.push(...result.profiles);
    if (result.warnings) (merged.warnings ??= []).push(...result.warnings);
    const skipped = mergeTallies(merged.skipped, result.skipped);
    if (skipped) merged.skipped = skipped;
  }
  return merged;
}
