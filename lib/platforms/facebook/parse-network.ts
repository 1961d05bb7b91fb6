import { toCount } from '../../parse-kit/counts';
import { get, isObj, isoFromUnixSeconds, shapeOf, str, walkJson, type Obj } from '../../parse-kit/json';
import { hashtagsFromText } from '../../parse-kit/text';
import { collected, Skips } from '../../parse-kit/skips';
import type { AccountIdentity, CapturedPost, CapturedProfile, CaptureResult, CaptureWarning, Metrics, NetworkInput } from '../types';
import { emptyResult } from '../types';
import { FACEBOOK_NETWORK_URL_RE } from './selectors';
import { handleFromUrl, isFbId, postUrlOf } from './shared';

const isUfiRenderer = (o: Obj) => typeof o.__typename === 'string' && /UFISummaryAndActionsRenderer$/.test(o.__typename);

/** A feedback object: the counters of a post. */
function readFeedback(f: unknown): Metrics | undefined {
  if (!isObj(f)) return undefined;
  const metrics: Metrics = {};
  const likes = toCount(get(f, 'reaction_count', 'count')) ?? toCount(get(f, 'reactors', 'count'));
  const comments =
    toCount(get(f, 'comment_rendering_instance', 'comments', 'total_count')) ??
    toCount(get(f, 'comment_count', 'total_count')) ??
    toCount(f.total_comment_count);
  const shares = toCount(get(f, 'share_count', 'count'));
  if (likes !== undefined) metrics.likes = likes;
  if (comments !== undefined) metrics.replies = comments;
  if (shares !== undefined) metrics.shares = shares;
  return Object.keys(metrics).length ? metrics : undefined;
}

/**
 * www.facebook.com /api/graphql/ (Relay). A post is a `Story` node (post_id, actors[0],
 * creation_time, message); its counters are in the feedback object of its
 * comet_ufi_summary_and_actions_renderer (wrappers vary), or — on logged-out pages — in a separate
 * …UFISummaryAndActionsRenderer node whose feedback.subscription_target_id is the post id.
 */
export function parseFacebookPayloads(bodies: unknown[], pageHandle?: string): CaptureResult {
  const stories: Obj[] = [];
  const detached = new Map<string, Metrics>();
  const profiles = new Map<string, CapturedProfile>();
  const warnings: CaptureWarning[] = [];
  for (const body of bodies) {
    const complete = walkJson(body, (o) => {
      if (o.__typename === 'Story' && isFbId(o.post_id)) stories.push(o);
      if (isUfiRenderer(o)) {
        const target = get(o, 'feedback', 'subscription_target_id');
        const m = readFeedback(o.feedback);
        if (isFbId(target) && m) detached.set(target, m);
      }
      const profile = readProfile(o);
      if (profile && !profiles.has(profile.handle)) profiles.set(profile.handle, profile);
    });
    if (!complete) warnings.push({ kind: 'payloadNotUnderstood', detail: 'payload too large to walk' });
  }
  const posts = new Map<string, CapturedPost>();
  const skips = new Skips();
  const identities = new Map<string, AccountIdentity>();
  for (const story of stories) {
    const post = readStory(story, detached, pageHandle, identities);
    if (!post) skips.add('noAuthor', story);
    else if (!posts.has(post.postId) || Object.keys(post.metrics).length > Object.keys(posts.get(post.postId)!.metrics).length)
      posts.set(post.postId, post);
  }
  return collected({ posts: posts.values(), profiles: profiles.values(), identities: identities.values(), warnings, skips });
}

export function parseFacebookNetwork({ url, body, page }: NetworkInput): CaptureResult {
  try {
    if (typeof url === 'string' && url && !FACEBOOK_NETWORK_URL_RE.test(url))
      return emptyResult([{ kind: 'payloadNotUnderstood', detail: 'url not Facebook GraphQL' }]);
    if (!isObj(body) && !Array.isArray(body))
      return emptyResult([{ kind: 'payloadNotUnderstood', detail: `not JSON documents (${shapeOf(body)})` }]);
    // One response may be several documents (the runtime gives them as an array).
    return parseFacebookPayloads(Array.isArray(body) ? body : [body], page?.handle);
  } catch (err) {
    return emptyResult([{ kind: 'payloadNotUnderstood', detail: `parser error: ${String(err).slice(0, 120)}` }]);
  }
}

/** Search a story's own subtree, not the stories nested in it (shares, attachments). */
function findInStory<T>(story: Obj, pick: (o: Obj) => T | undefined): T | undefined {
  let found: T | undefined;
  walkJson(story, (o) => {
    if (found !== undefined) return 'skip';
    if (o !== story && o.__typename === 'Story') return 'skip';
    found = pick(o);
  });
  return found;
}

function readStory(
  story: Obj,
  detached: Map<string, Metrics>,
  pageHandle: string | undefined,
  identities: Map<string, AccountIdentity>,
): CapturedPost | undefined {
  const postId = str(story.post_id)!;
  const actor = findInStory(story, (o) => (Array.isArray(o.actors) && isObj(o.actors[0]) ? o.actors[0] : undefined));
  const vanity = handleFromUrl(get(actor, 'url')) ?? handleFromUrl(get(actor, 'profile_url'));
  const actorId = isFbId(get(actor, 'id')) ? (get(actor, 'id') as string) : undefined;
  // A page is known by its vanity name and its numeric id: both are one account.
  if (vanity && actorId && vanity !== actorId && !identities.has(vanity.toLowerCase()))
    identities.set(vanity.toLowerCase(), { handle: vanity, ids: [actorId] });
  // A story with no actor at all, on a page's timeline, is that page's own.
  const handle = vanity ?? actorId ?? (actor === undefined ? pageHandle : undefined);
  if (!handle) return undefined;
  const creation = findInStory(story, (o) => (typeof o.creation_time === 'number' ? o.creation_time : undefined));
  const text = findInStory(story, (o) => (isObj(o.message) && typeof o.message.text === 'string' ? o.message.text : undefined)) ?? '';
  const metrics =
    findInStory(story, (o) => {
      for (const [k, v] of Object.entries(o))
        if (/ufi_summary_and_actions_renderer$|ufi_renderer$/.test(k)) return readFeedback(get(v, 'feedback'));
      return undefined;
    }) ??
    detached.get(postId) ??
    findInStory(story, (o) => readFeedback(o.feedback)) ??
    {};
  const permalink = str(story.permalink_url) ?? str(story.url);
  const url = permalink && /^https:\/\/(www\.|m\.)?facebook\.com\//.test(permalink) ? permalink : postUrlOf(handle, postId);
  const followers = toCount(get(actor, 'followers_count')) ?? toCount(get(actor, 'follower_count'));
  return {
    platform: 'facebook',
    postId,
    url,
    authorHandle: handle,
    createdAt: isoFromUnixSeconds(creation),
    text,
    hashtags: hashtagsFromText(text),
    metrics,
    ...(followers !== undefined ? { authorFollowers: followers } : {}),
  };
}

/** A page or profile with a follower count. */
function readProfile(o: Obj): CapturedProfile | undefined {
  if (o.__typename !== 'Page' && o.__typename !== 'User') return undefined;
  const followers = toCount(o.followers_count) ?? toCount(o.follower_count) ?? toCount(get(o, 'page_likers', 'global_likers_count'));
  const handle = handleFromUrl(o.url) ?? (isFbId(o.id) ? o.id : undefined);
  return handle && followers !== undefined ? { platform: 'facebook', handle, followers } : undefined;
}
