import { toCount } from '../../parse-kit/counts';
import { get, isObj, shapeOf, walkJson, type Obj } from '../../parse-kit/json';
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
import { emptyResult } from '../types';
import { X_NETWORK_URL_RE } from './selectors';
import { uniqueHashtags } from '../../parse-kit/text';
import { collected, Skips } from '../../parse-kit/skips';
import { createdAtFromSnowflake, decodeXText, isStatusId, normaliseHandle, parseTwitterDate, statusUrl } from './shared';

/**
 * Parse one X GraphQL response. The walk looks for tweet and user objects wherever the timeline
 * puts them (pinned entries, conversation modules, quoted and retweeted results), so new
 * instruction types keep working. Reads both user-schema generations:
 * 2026 (`core.screen_name`, `relationship_counts`) and 2025 (`legacy.screen_name`, `followers_count`).
 */
export function parseXNetwork({ url, body }: NetworkInput): CaptureResult {
  try {
    if (typeof url === 'string' && url && !X_NETWORK_URL_RE.test(url)) {
      return emptyResult([{ kind: 'payloadNotUnderstood', detail: 'url not an X post operation' }]);
    }
    if (!isObj(body) || !isObj(body.data)) {
      return emptyResult([{ kind: 'payloadNotUnderstood', detail: `no data object (keys: ${shapeOf(body)})` }]);
    }
    const posts = new Map<string, CapturedPost>();
    const profiles = new Map<string, CapturedProfile>();
    const warnings: CaptureWarning[] = [];
    const skips = new Skips();
    const identities = new Map<string, AccountIdentity>();
    walk(body.data, { lookup: /\/UserBy(?:ScreenName|RestId)\b/.test(url ?? ''), posts, profiles, warnings, skips, identities });
    return collected({ posts: posts.values(), profiles: profiles.values(), identities: identities.values(), warnings, skips });
  } catch (err) {
    // Never throw into the page; report instead.
    return emptyResult([{ kind: 'payloadNotUnderstood', detail: `parser error: ${String(err).slice(0, 120)}` }]);
  }
}

interface Out {
  /** A user lookup (UserByScreenName, UserByRestId), not a timeline. */
  lookup: boolean;
  posts: Map<string, CapturedPost>;
  profiles: Map<string, CapturedProfile>;
  warnings: CaptureWarning[];
  skips: Skips;
  identities: Map<string, AccountIdentity>;
}

function walk(root: unknown, out: Out): void {
  const complete = walkJson(root, (obj) => {
    const typename = obj.__typename;
    if (
      typename === 'Tweet' ||
      (typename === undefined && isObj(obj.legacy) && typeof obj.rest_id === 'string' && 'full_text' in obj.legacy)
    ) {
      const post = readTweet(obj, out);
      if (post && !out.posts.has(post.postId)) out.posts.set(post.postId, post);
    } else if (typename === 'User') {
      // X rows are always stored under the screen name (every tweet carries it), so the id form is
      // learned only where a rename can be told: a user looked up by itself (UserByScreenName),
      // not each of a timeline's authors, which cost the writer a third of its speed in the bench.
      if (out.lookup) noteIdentity(obj, out.identities);
      const profile = readUser(obj);
      if (profile && !out.profiles.has(profile.handle.toLowerCase())) out.profiles.set(profile.handle.toLowerCase(), profile);
    }
  });
  if (!complete) out.warnings.push({ kind: 'payloadNotUnderstood', detail: 'payload too large to walk' });
}

/** A user object names both forms of the account: its numeric id (rest_id) and its screen name. */
function noteIdentity(u: Obj, identities: Map<string, AccountIdentity>): void {
  const handle = normaliseHandle(get(u, 'core', 'screen_name') ?? get(u, 'legacy', 'screen_name'));
  const id = u.rest_id;
  if (handle && isStatusId(id) && !identities.has(handle.toLowerCase())) identities.set(handle.toLowerCase(), { handle, ids: [id] });
}

/** The tweet inside TweetWithVisibilityResults (and the like) or the tweet itself. */
export function unwrapTweet(v: unknown): Obj | undefined {
  if (!isObj(v)) return undefined;
  if (v.__typename === 'TweetWithVisibilityResults' && isObj(v.tweet)) return v.tweet;
  if (isObj(v.tweet) && v.rest_id === undefined) return v.tweet;
  return v;
}

function readUser(u: Obj): CapturedProfile | undefined {
  const handle = normaliseHandle(get(u, 'core', 'screen_name') ?? get(u, 'legacy', 'screen_name'));
  if (!handle) return undefined;
  const followers = toCount(get(u, 'relationship_counts', 'followers') ?? get(u, 'legacy', 'followers_count'));
  const following = toCount(get(u, 'relationship_counts', 'following') ?? get(u, 'legacy', 'friends_count'));
  const postsCount = toCount(get(u, 'tweet_counts', 'tweets') ?? get(u, 'legacy', 'statuses_count'));
  if (followers === undefined && following === undefined && postsCount === undefined) return undefined;
  return {
    platform: 'x',
    handle,
    ...(followers !== undefined ? { followers } : {}),
    ...(following !== undefined ? { following } : {}),
    ...(postsCount !== undefined ? { posts: postsCount } : {}),
  };
}

function readTweet(t: Obj, { profiles, skips }: Out): CapturedPost | undefined {
  const legacy = get(t, 'legacy');
  const id = t.rest_id ?? get(legacy, 'id_str');
  // `quotedRefResult: { result: { __typename: 'Tweet', rest_id } }` is a reference, not a post.
  if (legacy === undefined && isStatusId(id) && !isObj(t.core)) return undefined;
  if (!isStatusId(id)) return void skips.add('noId', t);
  if (!isObj(legacy)) return void skips.add('unknownShape', t);
  const user = unwrapUser(get(t, 'core', 'user_results', 'result'));
  const author = user ? readUser(user) : undefined;
  const handle = author?.handle ?? normaliseHandle(get(user, 'core', 'screen_name') ?? get(user, 'legacy', 'screen_name'));
  if (!handle) return void skips.add('noAuthor', t);
  if (author && !profiles.has(author.handle.toLowerCase())) profiles.set(author.handle.toLowerCase(), author);

  const createdAt = parseTwitterDate(legacy.created_at) ?? createdAtFromSnowflake(id);
  const note = get(t, 'note_tweet', 'note_tweet_results', 'result');
  const noteText = get(note, 'text');
  const text = decodeXText(typeof noteText === 'string' ? noteText : typeof legacy.full_text === 'string' ? legacy.full_text : '');
  const hashtagSource = isObj(note) ? get(note, 'entity_set', 'hashtags') : get(legacy, 'entities', 'hashtags');
  const hashtags = uniqueHashtags(Array.isArray(hashtagSource) ? hashtagSource.map((h) => get(h, 'text')) : []);

  const retweeted = unwrapTweet(get(legacy, 'retweeted_status_result', 'result'));
  const repostOf = retweeted ? (retweeted.rest_id ?? get(retweeted, 'legacy', 'id_str')) : undefined;
  const quoted = unwrapTweet(get(t, 'quoted_status_result', 'result'));
  const quoteOf = legacy.quoted_status_id_str ?? quoted?.rest_id;

  const post: CapturedPost = {
    platform: 'x',
    postId: id,
    url: statusUrl(handle, id),
    authorHandle: handle,
    createdAt,
    text,
    hashtags,
    mediaType: mediaTypeOf(legacy, t),
    // A retweet wrapper copies the original's retweet count and shows 0 for the rest: those are
    // not its own numbers. The original is captured separately with its real counters.
    metrics: isStatusId(repostOf) ? {} : readMetrics(legacy, t),
    ...(author?.followers !== undefined ? { authorFollowers: author.followers } : {}),
    ...(isStatusId(repostOf) ? { repostOf } : {}),
    ...(isStatusId(quoteOf) ? { quoteOf } : {}),
  };
  return post;
}

function unwrapUser(v: unknown): Obj | undefined {
  return isObj(v) && v.__typename !== 'UserUnavailable' ? v : undefined;
}

function readMetrics(legacy: Obj, t: Obj): Metrics {
  const m: Metrics = {};
  const set = (k: keyof Metrics, v: unknown) => {
    const n = toCount(v);
    if (n !== undefined) m[k] = n;
  };
  set('likes', legacy.favorite_count);
  set('replies', legacy.reply_count);
  set('reposts', legacy.retweet_count);
  set('quotes', legacy.quote_count);
  set('bookmarks', legacy.bookmark_count);
  // views.count is a string ("2525462"); old tweets have {"state":"Enabled"} and no count.
  set('views', get(t, 'views', 'count'));
  return m;
}

function mediaTypeOf(legacy: Obj, t: Obj): MediaType {
  const media = get(legacy, 'extended_entities', 'media') ?? get(legacy, 'entities', 'media');
  const types = new Set<MediaType>();
  if (Array.isArray(media)) {
    for (const item of media) {
      const type = get(item, 'type');
      if (type === 'photo') types.add('photo');
      else if (type === 'video') types.add('video');
      else if (type === 'animated_gif') types.add('gif');
    }
  }
  if (types.size > 1) return 'mixed';
  const [only] = types;
  if (only) return only;
  const urls = get(legacy, 'entities', 'urls');
  return isObj(t.card) || (Array.isArray(urls) && urls.length > 0) ? 'link' : 'text';
}
