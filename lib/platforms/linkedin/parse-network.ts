import { toCount } from '../../parse-kit/counts';
import { get, isObj, shapeOf, str, walkJson, type Obj } from '../../parse-kit/json';
import type { CapturedPost, CapturedProfile, CaptureResult, CaptureWarning, MediaType, Metrics, NetworkInput } from '../types';
import { collected, Skips } from '../../parse-kit/skips';
import { guardNetwork } from '../../parse-kit/network-guard';
import { LINKEDIN_NETWORK_URL_RE } from './selectors';
import { activityIdOf, handleFromProfileUrl, linkedinPost } from './shared';

/** The activity an object is about: its own urn, its metadata, or a reference field. */
function activityOf(o: Obj): string | undefined {
  return (
    activityIdOf(get(o, 'metadata', 'backendUrn')) ??
    activityIdOf(get(o, 'updateMetadata', 'urn')) ??
    activityIdOf(o.urn) ??
    activityIdOf(o.entityUrn) ??
    activityIdOf(o.threadUrn) ??
    activityIdOf(o['*socialDetail'])
  );
}

function readCounts(o: Obj): Metrics | undefined {
  const likes = toCount(o.numLikes) ?? sumReactions(o.reactionTypeCounts);
  const comments = toCount(o.numComments);
  const shares = toCount(o.numShares);
  if (likes === undefined && comments === undefined && shares === undefined) return undefined;
  return {
    ...(likes !== undefined ? { likes } : {}),
    ...(comments !== undefined ? { replies: comments } : {}),
    ...(shares !== undefined ? { reposts: shares } : {}),
  };
}

function sumReactions(v: unknown): number | undefined {
  if (!Array.isArray(v) || !v.length) return undefined;
  let sum = 0;
  for (const r of v) {
    const n = toCount(get(r, 'count'));
    if (n === undefined) return undefined;
    sum += n;
  }
  return sum;
}

/**
 * Voyager JSON, normalised (data + included[] joined by entityUrn) or nested (2026 variants):
 * updates and their counts are collected wherever they are and joined by activity id.
 */
export function parseLinkedinPayloads(bodies: unknown[], pageHandle?: string): CaptureResult {
  const counts = new Map<string, Metrics>();
  const updates = new Map<string, Obj>();
  const profiles = new Map<string, CapturedProfile>();
  const warnings: CaptureWarning[] = [];
  for (const body of bodies) {
    const complete = walkJson(body, (o) => {
      const id = activityOf(o);
      const c = isObj(o.totalSocialActivityCounts) ? readCounts(o.totalSocialActivityCounts) : readCounts(o);
      if (id && c) counts.set(id, { ...counts.get(id), ...c });
      if (id && (isObj(o.actor) || isObj(o.commentary) || isObj(o.header)) && (isObj(o.metadata) || isObj(o.updateMetadata)))
        updates.set(id, o);
      const profile = readOrganization(o);
      if (profile) profiles.set(profile.handle, profile);
    });
    if (!complete) warnings.push({ kind: 'payloadNotUnderstood', detail: 'payload too large to walk' });
  }
  const posts: CapturedPost[] = [];
  const skips = new Skips();
  for (const [id, u] of updates) {
    const post = readUpdate(id, u, counts.get(id), pageHandle);
    if (post) posts.push(post);
    else skips.add('noAuthor', u);
  }
  return collected({ posts, profiles: profiles.values(), warnings, skips });
}

export function parseLinkedinNetwork(input: NetworkInput): CaptureResult {
  return guardNetwork(input, LINKEDIN_NETWORK_URL_RE, 'a Voyager feed or organization call', (body) => {
    const result = parseLinkedinPayloads([body], input.page?.handle);
    if (!result.posts.length && !result.profiles.length && !Array.isArray(body.included) && !isObj(body.data)) {
      return {
        ...result,
        warnings: [...(result.warnings ?? []), { kind: 'payloadNotUnderstood', detail: `unknown Voyager shape (keys: ${shapeOf(body)})` }],
      };
    }
    return result;
  });
}

function readUpdate(id: string, u: Obj, metrics: Metrics | undefined, pageHandle: string | undefined): CapturedPost | undefined {
  const actor = isObj(u.actor) ? u.actor : undefined;
  const handle =
    handleFromProfileUrl(get(actor, 'navigationContext', 'actionTarget')) ??
    handleFromProfileUrl(get(actor, 'navigationUrl')) ??
    handleFromProfileUrl(get(actor, 'image', 'attributes', 0, 'detailData', 'nonEntityCompanyLogo', 'url')) ??
    // An update with no actor at all on a company's or member's page is that page's own.
    (u.actor === undefined && u['*actor'] === undefined ? pageHandle : undefined);
  if (!handle) return undefined;
  const text = str(get(u, 'commentary', 'text', 'text')) ?? str(get(u, 'commentary', 'text')) ?? '';
  const reshared = activityIdOf(u['*resharedUpdate']) ?? activityIdOf(get(u, 'resharedUpdate', 'metadata', 'backendUrn'));
  const repost = reshared && !text ? reshared : undefined;
  return linkedinPost(id, handle, text, {
    mediaType: mediaTypeOf(u),
    metrics: repost ? {} : (metrics ?? {}),
    ...(repost ? { repostOf: repost } : {}),
  });
}

function mediaTypeOf(u: Obj): MediaType {
  const content = isObj(u.content) ? Object.keys(u.content).join(' ') : '';
  if (/video|linkedInVideo/i.test(content)) return 'video';
  if (/image/i.test(content)) return 'photo';
  if (/article|external/i.test(content)) return 'link';
  return 'text';
}

function readOrganization(o: Obj): CapturedProfile | undefined {
  const followers =
    toCount(get(o, 'followingInfo', 'followerCount')) ?? toCount(get(o, 'followingState', 'followerCount')) ?? toCount(o.followerCount);
  if (followers === undefined) return undefined;
  const handle = str(o.universalName) ?? str(o.publicIdentifier) ?? handleFromProfileUrl(o.url);
  return handle && /^[\w.-]{1,100}$/.test(handle) ? { platform: 'linkedin', handle, followers } : undefined;
}
