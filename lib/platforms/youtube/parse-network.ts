import { leadingCount, parseCount } from '../../parse-kit/counts';
import { get, isObj, isoFromString, shapeOf, str, walkJson, type Obj } from '../../parse-kit/json';
import { hashtagsFromText } from '../../parse-kit/text';
import type {
  CapturedPost,
  CapturedProfile,
  CaptureResult,
  AccountIdentity,
  CaptureWarning,
  DatePrecision,
  MetricKey,
  Metrics,
  NetworkInput,
  ProfileCounter,
} from '../types';
import { guardNetwork } from '../../parse-kit/network-guard';
import { relativeDate } from '../../parse-kit/dates';
import { collected, Skips } from '../../parse-kit/skips';
import { VIEWS_WORDS, YOUTUBE_NETWORK_URL_RE } from './selectors';

const isVideoId = (v: unknown): v is string => typeof v === 'string' && /^[\w-]{11}$/.test(v);
/** A channel id: "UC" and 22 more characters. */
export const isChannelId = (v: unknown): v is string => typeof v === 'string' && /^UC[\w-]{22}$/.test(v);
const handleOf = (path: unknown) =>
  typeof path === 'string' ? /^(?:https?:\/\/(?:www\.)?youtube\.com)?\/@([\w.-]{1,100})/.exec(path)?.[1] : undefined;
export const videoUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;

/** Text of a YouTube text object: {simpleText}, {runs:[{text}]}, or {content}. */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (!isObj(v)) return undefined;
  if (typeof v.simpleText === 'string') return v.simpleText;
  if (typeof v.content === 'string') return v.content;
  if (Array.isArray(v.runs)) return v.runs.map((r) => str(get(r, 'text')) ?? '').join('');
  return undefined;
}

/**
 * The channel of a subtree (owner links, bylines, avatar taps, channel endpoints): its canonical
 * "/@handle", or, for a channel without one (a "/channel/UC…" address, or a handle in letters an
 * account key cannot hold), its channel id. The writer maps the id to the handle once known.
 */
function firstHandle(o: unknown): string | undefined {
  let found: string | undefined;
  let channelId: string | undefined;
  walkJson(o, (n) => {
    if (found) return 'skip';
    found = handleOf(get(n, 'browseEndpoint', 'canonicalBaseUrl')) ?? handleOf(get(n, 'webCommandMetadata', 'url'));
    const id = get(n, 'browseEndpoint', 'browseId');
    if (!channelId && isChannelId(id)) channelId = id;
  });
  return found ?? channelId;
}

interface Views {
  value: number;
  exact: boolean;
}
/** "1,545,374 views" (exact) or "1.5m views" (abbreviated), in the page's language. */
function viewsOf(text: string | undefined, lang: string): Views | undefined {
  if (!text || !VIEWS_WORDS.test(text)) return undefined;
  return leadingCount(text, lang);
}

/** What reading one payload needs besides the item: the language, the page's channel, the time, and where skips go. */
interface Ctx {
  lang: string;
  pageHandle: string | undefined;
  now: number;
  skips: Skips;
}

/** Both forms of a channel wherever a payload joins them: an endpoint's browseId (UC…) with its canonical /@handle. */
function noteIdentity(o: Obj, identities: Map<string, AccountIdentity>): void {
  let id: unknown;
  let handle: string | undefined;
  if (isObj(o.browseEndpoint)) {
    id = o.browseEndpoint.browseId;
    handle = handleOf(o.browseEndpoint.canonicalBaseUrl);
  } else if (isObj(o.channelMetadataRenderer)) {
    id = o.channelMetadataRenderer.externalId;
    handle = handleOf(o.channelMetadataRenderer.vanityChannelUrl);
  } else if (isObj(o.playerMicroformatRenderer)) {
    id = o.playerMicroformatRenderer.externalChannelId;
    handle = handleOf(o.playerMicroformatRenderer.ownerProfileUrl);
  } else return;
  if (isChannelId(id) && handle && !identities.has(handle.toLowerCase())) identities.set(handle.toLowerCase(), { handle, ids: [id] });
}

/**
 * InnerTube JSON (ytInitialData, ytInitialPlayerResponse, youtubei/v1 browse/next/search/player).
 * `lang` is the page's language, which decides how display strings are read. `pageHandle` is the
 * channel the tab shows: a continuation (the next page of a channel's Videos tab) does not name
 * the channel of its items, only the page does.
 */
export function parseYoutubePayloads(bodies: unknown[], lang = 'en', pageHandle?: string, now = Date.now()): CaptureResult {
  const posts = new Map<string, CapturedPost>();
  const profiles = new Map<string, CapturedProfile>();
  const identities = new Map<string, AccountIdentity>();
  const warnings: CaptureWarning[] = [];
  const skips = new Skips();
  for (const body of bodies) {
    const ctx: Ctx = { lang, pageHandle: channelHandle(body) ?? pageHandle, now, skips };
    const add = (p: CapturedPost | undefined) => {
      if (!p) return;
      const prev = posts.get(p.postId);
      posts.set(p.postId, prev ? merge(prev, p) : p);
    };
    const complete = walkJson(body, (o) => {
      for (const key of ['videoRenderer', 'gridVideoRenderer', 'compactVideoRenderer', 'reelItemRenderer'])
        if (isObj(o[key])) add(readVideoRenderer(o[key], ctx));
      if (isObj(o.lockupViewModel)) add(readLockup(o.lockupViewModel, ctx));
      if (isObj(o.shortsLockupViewModel)) add(readShortsLockup(o.shortsLockupViewModel, ctx));
      if (isObj(o.videoPrimaryInfoRenderer)) add(readWatchPrimary(o, body, ctx));
      if (isObj(o.videoDetails) && isVideoId(get(o, 'videoDetails', 'videoId'))) add(readPlayer(o, skips));
      noteIdentity(o, identities);
      const profile = readHeader(o, ctx.pageHandle, lang);
      if (profile) profiles.set(profile.handle, profile);
    });
    if (!complete) warnings.push({ kind: 'payloadNotUnderstood', detail: 'payload too large to walk' });
  }
  return collected({ posts: posts.values(), profiles: profiles.values(), identities: identities.values(), warnings, skips });
}

export function parseYoutubeNetwork(input: NetworkInput): CaptureResult {
  return guardNetwork(input, YOUTUBE_NETWORK_URL_RE, 'an InnerTube endpoint', (body, url) => {
    const hl = str(get(body, 'responseContext', 'serviceTrackingParams', 0, 'params', 0, 'value'));
    const result = parseYoutubePayloads([body], langFromUrl(url) ?? hl ?? 'en', input.page?.handle, input.now);
    if (!result.posts.length && !result.profiles.length && !isObj(body.responseContext)) {
      return {
        ...result,
        warnings: [...(result.warnings ?? []), { kind: 'payloadNotUnderstood', detail: `no InnerTube response (keys: ${shapeOf(body)})` }],
      };
    }
    return result;
  });
}

function langFromUrl(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get('hl') ?? undefined;
  } catch {
    return undefined;
  }
}

/** The channel a browse page is about: metadata.channelMetadataRenderer or the header's @handle. */
function channelHandle(body: unknown): string | undefined {
  return (
    handleOf(get(body, 'metadata', 'channelMetadataRenderer', 'vanityChannelUrl')) ??
    handleOf(
      get(
        body,
        'header',
        'pageHeaderRenderer',
        'content',
        'pageHeaderViewModel',
        'metadata',
        'contentMetadataViewModel',
        'metadataRows',
        0,
        'metadataParts',
        0,
        'text',
        'content',
      ),
    )
  );
}

function post(
  id: string,
  handle: string,
  title: string,
  metrics: Metrics,
  approximate: MetricKey[],
  createdAt = '',
  precision?: DatePrecision,
): CapturedPost {
  return {
    platform: 'youtube',
    postId: id,
    url: videoUrl(id),
    authorHandle: handle,
    createdAt,
    ...(createdAt && precision ? { createdAtPrecision: precision } : {}),
    text: title,
    hashtags: hashtagsFromText(title),
    mediaType: 'video',
    metrics,
    ...(approximate.length ? { approximate } : {}),
  };
}

/** Two sightings of one video in one payload: exact values win over abbreviated ones. */
function merge(a: CapturedPost, b: CapturedPost): CapturedPost {
  const metrics = { ...a.metrics };
  const approx = new Set(a.approximate ?? []);
  for (const [k, v] of Object.entries(b.metrics) as Array<[MetricKey, number]>) {
    const bApprox = b.approximate?.includes(k) ?? false;
    if (metrics[k] === undefined || (approx.has(k) && !bApprox)) {
      metrics[k] = v;
      if (bApprox) approx.add(k);
      else approx.delete(k);
    }
  }
  return {
    ...a,
    text: a.text || b.text,
    ...(a.createdAt && !a.createdAtPrecision
      ? { createdAt: a.createdAt, createdAtPrecision: undefined }
      : b.createdAt && (!b.createdAtPrecision || !a.createdAt)
        ? { createdAt: b.createdAt, createdAtPrecision: b.createdAtPrecision }
        : { createdAt: a.createdAt, createdAtPrecision: a.createdAtPrecision }),
    authorHandle: a.authorHandle || b.authorHandle,
    metrics,
    ...(approx.size ? { approximate: [...approx] } : { approximate: undefined }),
  };
}

function readVideoRenderer(r: Obj, { pageHandle, lang, now, skips }: Ctx): CapturedPost | undefined {
  const id = r.videoId;
  const handle = firstHandle(r.ownerText) ?? firstHandle(r.longBylineText) ?? firstHandle(r.shortBylineText) ?? pageHandle;
  if (!isVideoId(id)) return void skips.add('noId', r);
  if (!handle) return void skips.add('noAuthor', r);
  const exact = viewsOf(textOf(r.viewCountText), lang);
  const short = viewsOf(textOf(r.shortViewCountText), lang);
  const views = exact?.exact ? exact : (short ?? exact);
  const metrics: Metrics = views ? { views: views.value } : {};
  const when = relativeDate(textOf(r.publishedTimeText), now);
  return post(
    id,
    handle,
    textOf(r.headline) ?? textOf(r.title) ?? '',
    metrics,
    views && !views.exact ? ['views'] : [],
    when?.iso,
    when?.precision,
  );
}

function readLockup(l: Obj, { pageHandle, lang, now, skips }: Ctx): CapturedPost | undefined {
  const id = l.contentId;
  // A playlist, a channel or a mix lockup is not a post.
  if (typeof l.contentType === 'string' && !/VIDEO|SHORT/.test(l.contentType)) return undefined;
  if (!isVideoId(id)) return void skips.add('noId', l);
  const meta = get(l, 'metadata', 'lockupMetadataViewModel');
  const handle = firstHandle(get(meta, 'metadata')) ?? firstHandle(get(meta, 'image')) ?? pageHandle;
  if (!handle) return void skips.add('noAuthor', l);
  let views: Views | undefined;
  let when: ReturnType<typeof relativeDate>;
  const rows = get(meta, 'metadata', 'contentMetadataViewModel', 'metadataRows');
  if (Array.isArray(rows))
    for (const row of rows)
      for (const part of (get(row, 'metadataParts') as unknown[]) ?? []) {
        const text = textOf(get(part, 'text'));
        views ??= viewsOf(text, lang);
        when ??= relativeDate(text, now);
      }
  return post(
    id,
    handle,
    textOf(get(meta, 'title')) ?? '',
    views ? { views: views.value } : {},
    views && !views.exact ? ['views'] : [],
    when?.iso,
    when?.precision,
  );
}

function readShortsLockup(l: Obj, { pageHandle, lang, skips }: Ctx): CapturedPost | undefined {
  const fromEntity = /^shorts-shelf-item-([\w-]{11})$/.exec(str(l.entityId) ?? '')?.[1];
  const id = get(l, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId') ?? fromEntity;
  const handle = firstHandle(l.onTap) ?? pageHandle;
  if (!isVideoId(id)) return void skips.add('noId', l);
  if (!handle) return void skips.add('noAuthor', l);
  const views = viewsOf(textOf(get(l, 'overlayMetadata', 'secondaryText')), lang);
  return post(
    id,
    handle,
    textOf(get(l, 'overlayMetadata', 'primaryText')) ?? '',
    views ? { views: views.value } : {},
    views && !views.exact ? ['views'] : [],
  );
}

/** Watch page (next): exact views, likes from the like button's accessibility text, owner, date. */
function readWatchPrimary(o: Obj, body: unknown, { lang, skips }: Ctx): CapturedPost | undefined {
  const primary = o.videoPrimaryInfoRenderer as Obj;
  const id = get(body, 'currentVideoEndpoint', 'watchEndpoint', 'videoId');
  const secondary = findKey(body, 'videoSecondaryInfoRenderer');
  const handle = firstHandle(get(secondary, 'owner'));
  if (!isVideoId(id)) return void skips.add('noId', primary);
  if (!handle) return void skips.add('noAuthor', primary);
  const metrics: Metrics = {};
  const approximate: MetricKey[] = [];
  const views = viewsOf(textOf(get(primary, 'viewCount', 'videoViewCountRenderer', 'viewCount')), lang);
  if (views) {
    metrics.views = views.value;
    if (!views.exact) approximate.push('views');
  }
  const likes = likesOf(primary);
  if (likes !== undefined) metrics.likes = likes;
  const date = textOf(primary.dateText);
  const createdAt =
    date && !/ago|lalu|\d+\s*(?:hours?|minutes?)/i.test(date)
      ? isoFromString(`${date.replace(/^(Premiered|Streamed live on|Tayang perdana)\s*/i, '')} UTC`)
      : '';
  return post(id, handle, textOf(primary.title) ?? '', metrics, approximate, createdAt);
}

/** "like this video along with 5,471,574 other people": the exact like count. */
function likesOf(primary: Obj): number | undefined {
  let found: number | undefined;
  walkJson(primary, (n) => {
    if (found !== undefined) return 'skip';
    for (const v of [n.accessibilityText, n.label, get(n, 'accessibilityData', 'label')]) {
      const m = typeof v === 'string' ? /along with ([\d.,\s]+) other/.exec(v) : null;
      const parsed = m ? parseCount(m[1]!.trim(), 'en') : undefined;
      if (parsed?.exact) found = parsed.value;
    }
  });
  return found;
}

/**
 * Player response: videoDetails.viewCount is exact. Its owner is the channel's @handle where the
 * microformat gives one, else its channel id, which the writer maps to the handle once any payload
 * has joined the two (see `noteIdentity`).
 */
function readPlayer(o: Obj, skips: Skips): CapturedPost | undefined {
  const d = o.videoDetails as Obj;
  const id = d.videoId as string;
  const channelId = isChannelId(d.channelId) ? d.channelId : undefined;
  const handle = handleOf(get(o, 'microformat', 'playerMicroformatRenderer', 'ownerProfileUrl')) ?? channelId;
  const views = typeof d.viewCount === 'string' && /^\d{1,15}$/.test(d.viewCount) ? Number(d.viewCount) : undefined;
  if (!handle) return void skips.add('noAuthor', d);
  const published = isoFromString(get(o, 'microformat', 'playerMicroformatRenderer', 'publishDate'));
  return post(id, handle, str(d.title) ?? '', views !== undefined ? { views } : {}, [], published);
}

function findKey(body: unknown, key: string): Obj | undefined {
  let found: Obj | undefined;
  walkJson(body, (n) => {
    if (found) return 'skip';
    if (isObj(n[key])) found = n[key];
  });
  return found;
}

/** Channel header (pageHeaderViewModel or c4TabbedHeaderRenderer) and the watch page owner. */
function readHeader(o: Obj, pageHandle: string | undefined, lang: string): CapturedProfile | undefined {
  let handle: string | undefined;
  let subs: string | undefined;
  let videos: string | undefined;
  if (isObj(o.pageHeaderViewModel)) {
    const parts: string[] = [];
    walkJson(get(o.pageHeaderViewModel, 'metadata'), (n) => void (typeof n.content === 'string' && parts.push(n.content)));
    handle =
      parts.map(handleOf).find(Boolean) ??
      handleOf(parts.find((p) => p.startsWith('@')) ? `/${parts.find((p) => p.startsWith('@'))}` : undefined) ??
      pageHandle;
    subs = parts.find((p) => /subscriber|pelanggan|Abonnent|abonné|suscriptor|inscrito/i.test(p));
    videos = parts.find((p) => /video/i.test(p));
  } else if (isObj(o.c4TabbedHeaderRenderer)) {
    const h = o.c4TabbedHeaderRenderer;
    handle = handleOf(get(h, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl')) ?? pageHandle;
    subs = textOf(h.subscriberCountText);
    videos = textOf(h.videosCountText);
  } else if (isObj(o.videoOwnerRenderer)) {
    handle = firstHandle(o.videoOwnerRenderer);
    subs = textOf(get(o.videoOwnerRenderer, 'subscriberCountText'));
  } else return undefined;
  if (handle?.startsWith('@')) handle = handle.slice(1);
  const followers = leadingCount(subs, lang);
  if (!handle || !followers) return undefined;
  const posts = leadingCount(videos, lang);
  // Subscriber counts are shown with 3 significant digits: always approximate.
  const approximate: ProfileCounter[] = ['followers', ...(posts && !posts.exact ? ['posts' as const] : [])];
  return { platform: 'youtube', handle, followers: followers.value, ...(posts ? { posts: posts.value } : {}), approximate };
}
