import { toCount } from '../../parse-kit/counts';
import { get, isObj, isoFromString, shapeOf, str, walkJson, type Obj } from '../../parse-kit/json';
import type {
  AccountIdentity,
  CapturedPost,
  CapturedProfile,
  CaptureResult,
  CaptureWarning,
  MediaType,
  Metrics,
  NetworkInput,
} from '../types';
import { guardNetwork } from '../../parse-kit/network-guard';
import { uniqueHashtags } from '../../parse-kit/text';
import { collected, Skips } from '../../parse-kit/skips';
import { BLUESKY_NETWORK_URL_RE } from './selectors';
import { normaliseBskyHandle, postUrl, rkeyOf } from './shared';

/**
 * Parse an XRPC response from the Bluesky app view. Post views are found wherever they sit
 * (feed[].post, thread.post / parent / replies, posts[], quoted embeds), and profile views wherever
 * they carry counts. A feed item with `reason: reasonRepost` becomes a repost relation.
 */
export function parseBlueskyNetwork(input: NetworkInput): CaptureResult {
  return guardNetwork(input, BLUESKY_NETWORK_URL_RE, 'a Bluesky feed or profile method', (body) => {
    const posts = new Map<string, CapturedPost>();
    const profiles = new Map<string, CapturedProfile>();
    const identities = new Map<string, AccountIdentity>();
    const warnings: CaptureWarning[] = [];
    const skips = new Skips();
    const complete = walkJson(body, (obj) => {
      if (isObj(obj.post) && isObj(obj.reason) && obj.reason.$type === 'app.bsky.feed.defs#reasonRepost') {
        const repost = readRepost(obj.post, obj.reason);
        if (repost && !posts.has(repost.postId)) posts.set(repost.postId, repost);
        return;
      }
      if (looksLikePostView(obj)) {
        const post = readPost(obj);
        if (typeof post !== 'string') {
          const prev = posts.get(post.postId);
          // The same post can appear as a full view and as a quoted embed; keep the richer one.
          if (!prev || Object.keys(post.metrics).length > Object.keys(prev.metrics).length) posts.set(post.postId, post);
        } else skips.add(post, obj);
        // Its author (a profile view) is read on the way down.
      }
      noteIdentity(obj, identities);
      const profile = readProfile(obj);
      if (profile && !profiles.has(profile.handle)) profiles.set(profile.handle, profile);
    });
    if (!complete) warnings.push({ kind: 'payloadNotUnderstood', detail: 'payload too large to walk' });
    if (!posts.size && !profiles.size && !skips.total && !knownEmpty(body))
      warnings.push({ kind: 'payloadNotUnderstood', detail: `no posts or profiles (keys: ${shapeOf(body)})` });
    return collected({ posts: posts.values(), profiles: profiles.values(), identities: identities.values(), warnings, skips });
  });
}

/** An empty page of a known list is not a problem (end of a feed). */
function knownEmpty(body: Obj): boolean {
  return ['feed', 'posts', 'profiles'].some((k) => Array.isArray(body[k]) && (body[k] as unknown[]).length === 0);
}

/** A post view (app.bsky.feed.defs#postView): a post uri with its record. A bare strongRef {uri, cid} is not one. */
function looksLikePostView(o: Obj): boolean {
  return (
    typeof o.uri === 'string' && o.uri.startsWith('at://') && o.uri.includes('/app.bsky.feed.post/') && (isObj(o.record) || isObj(o.value))
  );
}

/** A profile view names both forms of an account: its DID and its handle. */
function noteIdentity(o: Obj, identities: Map<string, AccountIdentity>): void {
  if (typeof o.did !== 'string' || !/^did:[a-z]+:[\w.:-]{1,100}$/.test(o.did)) return;
  const handle = normaliseBskyHandle(o.handle);
  if (handle && !identities.has(handle)) identities.set(handle, { handle, ids: [o.did] });
}

function readPost(o: Obj): CapturedPost | 'noId' | 'noAuthor' {
  const rkey = rkeyOf(o.uri);
  const handle = normaliseBskyHandle(get(o, 'author', 'handle'));
  const record = isObj(o.record) ? o.record : (o.value as Obj);
  if (!rkey) return 'noId';
  if (!handle) return 'noAuthor';
  const text = str(record.text) ?? '';
  const metrics: Metrics = {};
  const set = (k: keyof Metrics, v: unknown) => {
    const n = toCount(v);
    if (n !== undefined) metrics[k] = n;
  };
  set('likes', o.likeCount);
  set('replies', o.replyCount);
  set('reposts', o.repostCount);
  set('quotes', o.quoteCount);
  set('bookmarks', o.bookmarkCount);
  const embed = isObj(record.embed) ? record.embed : undefined;
  const quoted = rkeyOf(get(embed, 'record', 'uri') ?? get(embed, 'record', 'record', 'uri'));
  return {
    platform: 'bluesky',
    postId: rkey,
    url: postUrl(handle, rkey),
    authorHandle: handle,
    // createdAt is the author's time; indexedAt can be earlier or later (realdata README, "Trap").
    createdAt: isoFromString(record.createdAt),
    text,
    hashtags: tagsOf(record),
    mediaType: mediaTypeOf(embed),
    metrics,
    ...(quoted ? { quoteOf: quoted } : {}),
  };
}

function tagsOf(record: Obj): string[] {
  const tags: unknown[] = [];
  const facets = record.facets;
  if (Array.isArray(facets)) {
    for (const f of facets) {
      const features = get(f, 'features');
      if (!Array.isArray(features)) continue;
      for (const feat of features) if (get(feat, '$type') === 'app.bsky.richtext.facet#tag') tags.push(get(feat, 'tag'));
    }
  }
  return uniqueHashtags(tags);
}

function mediaTypeOf(embed: Obj | undefined): MediaType {
  const type = str(embed?.$type) ?? '';
  if (type.startsWith('app.bsky.embed.recordWithMedia')) return mediaTypeOf(isObj(embed?.media) ? embed.media : undefined);
  if (type.startsWith('app.bsky.embed.images')) return 'photo';
  if (type.startsWith('app.bsky.embed.video')) return 'video';
  if (type.startsWith('app.bsky.embed.external')) return 'link';
  return 'text';
}

/** A repost in a feed: the reposter's relation to the original, with no counters of its own. */
function readRepost(post: Obj, reason: Obj): CapturedPost | undefined {
  const original = rkeyOf(post.uri);
  const by = normaliseBskyHandle(get(reason, 'by', 'handle'));
  const did = str(get(reason, 'by', 'did'))
    ?.replace(/^did:/, '')
    .replace(/[^\w.:-]/g, '');
  if (!original || !by || !did) return undefined;
  // Newer app views give the repost record's own uri; older ones only who and when.
  const postId = rkeyOf(reason.uri) ?? `rp-${original}-${did}`.slice(0, 64);
  const originalAuthor = normaliseBskyHandle(get(post, 'author', 'handle')) ?? by;
  return {
    platform: 'bluesky',
    postId,
    url: postUrl(originalAuthor, original),
    authorHandle: by,
    createdAt: isoFromString(reason.indexedAt),
    text: '',
    hashtags: [],
    metrics: {},
    repostOf: original,
  };
}

function readProfile(o: Obj): CapturedProfile | undefined {
  if (typeof o.did !== 'string' || !o.did.startsWith('did:')) return undefined;
  const handle = normaliseBskyHandle(o.handle);
  const followers = toCount(o.followersCount);
  const following = toCount(o.followsCount);
  const postsCount = toCount(o.postsCount);
  if (!handle || (followers === undefined && following === undefined && postsCount === undefined)) return undefined;
  return {
    platform: 'bluesky',
    handle,
    ...(followers !== undefined ? { followers } : {}),
    ...(following !== undefined ? { following } : {}),
    ...(postsCount !== undefined ? { posts: postsCount } : {}),
  };
}
