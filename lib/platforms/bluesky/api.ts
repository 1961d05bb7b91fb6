import { z } from 'zod';
import { PostingError, jsonOf, request } from '../../api-posting/errors';
import { facetsFor } from './facets';

export const DEFAULT_BLUESKY_SERVICE = 'https://bsky.social';

export const blueskySessionSchema = z.object({
  service: z.string().url(),
  did: z.string().min(1),
  handle: z.string().min(1),
  accessJwt: z.string().min(1),
  refreshJwt: z.string().min(1),
});
export type BlueskySession = z.infer<typeof blueskySessionSchema>;

export interface StrongRef {
  uri: string;
  cid: string;
}

export interface Image {
  blob: Blob;
  alt?: string;
}

/**
 * The largest image a post may embed: app.bsky.embed.images' `maxSize`. A PDS stores a bigger blob,
 * then refuses the record that references it ("blob too big"), so it is checked before any upload.
 */
export const BLUESKY_IMAGE_MAX_BYTES = 1_000_000;

/** Map an XRPC failure to words: 401 on sign-in is a wrong password, 429 is rate limiting. */
async function fail(res: Response, signingIn = false): Promise<never> {
  const body = await jsonOf(res);
  const error = typeof body.error === 'string' ? body.error : '';
  const message = typeof body.message === 'string' ? body.message : `HTTP ${res.status}`;
  if (res.status === 429 || error === 'RateLimitExceeded') throw new PostingError('rateLimited', message);
  if (signingIn && (res.status === 401 || error === 'AuthenticationRequired' || error === 'AccountTakedown'))
    throw new PostingError('wrongPassword', message);
  if (error === 'ExpiredToken' || error === 'InvalidToken' || res.status === 401) throw new PostingError('wrongPassword', message);
  if (/too long|grapheme|length/i.test(message)) throw new PostingError('tooLong', message);
  throw new PostingError('server', message);
}

const xrpcUrl = (service: string, method: string) => `${service.replace(/\/+$/, '')}/xrpc/${method}`;

/** Sign in with a handle (or email) and an app password. The password is not kept. */
export async function createSession(service: string, identifier: string, password: string): Promise<BlueskySession> {
  const res = await request(xrpcUrl(service, 'com.atproto.server.createSession'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  if (!res.ok) await fail(res, true);
  return blueskySessionSchema.parse({ ...(await jsonOf(res)), service });
}

export async function refreshSession(session: BlueskySession): Promise<BlueskySession> {
  const res = await request(xrpcUrl(session.service, 'com.atproto.server.refreshSession'), {
    method: 'POST',
    headers: { authorization: `Bearer ${session.refreshJwt}` },
  });
  if (!res.ok) await fail(res, true); // an expired refresh token: sign in again
  return blueskySessionSchema.parse({ ...session, ...(await jsonOf(res)) });
}

/**
 * A client that refreshes its session once when the access token has expired, and reports the
 * new tokens through `onSession` so they are stored.
 */
export class BlueskyClient {
  constructor(
    private session: BlueskySession,
    private readonly onSession: (s: BlueskySession) => Promise<void>,
  ) {}

  get did() {
    return this.session.did;
  }

  private async call(
    method: string,
    init: { body?: BodyInit; type?: string; get?: boolean },
    retried = false,
  ): Promise<Record<string, unknown>> {
    const res = await request(xrpcUrl(this.session.service, method), {
      method: init.get ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${this.session.accessJwt}`, ...(init.type ? { 'content-type': init.type } : {}) },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    if (res.ok) return jsonOf(res);
    const expired = res.status === 400 || res.status === 401 ? (await jsonOf(res.clone())).error === 'ExpiredToken' : false;
    if (expired && !retried) {
      this.session = await refreshSession(this.session);
      await this.onSession(this.session);
      return this.call(method, init, true);
    }
    return fail(res);
  }

  async resolveHandle(handle: string): Promise<string | undefined> {
    const out = await this.call(`com.atproto.identity.resolveHandle?handle=${encodeURIComponent(handle)}`, { get: true }).catch(() => ({}));
    return typeof (out as { did?: unknown }).did === 'string' ? (out as { did: string }).did : undefined;
  }

  async uploadImage(image: Image): Promise<Record<string, unknown>> {
    const out = await this.call('com.atproto.repo.uploadBlob', { body: image.blob, type: image.blob.type || 'application/octet-stream' });
    return { alt: image.alt ?? '', image: out.blob };
  }

  /** One app.bsky.feed.post record, with facets in UTF-8 byte offsets; a reply when `reply` is given. */
  async post(text: string, opts: { reply?: { root: StrongRef; parent: StrongRef }; images?: Image[]; now: Date }): Promise<StrongRef> {
    const big = (opts.images ?? []).findIndex((i) => i.blob.size > BLUESKY_IMAGE_MAX_BYTES);
    if (big >= 0) {
      const kb = Math.ceil(opts.images![big]!.blob.size / 1000);
      throw new PostingError('server', `image ${big + 1} is ${kb} kB; Bluesky takes images up to 1000 kB`);
    }
    const facets = await facetsFor(text, (h) => this.resolveHandle(h));
    const images = opts.images?.length ? await Promise.all(opts.images.slice(0, 4).map((i) => this.uploadImage(i))) : [];
    const record = {
      $type: 'app.bsky.feed.post',
      text,
      createdAt: opts.now.toISOString(),
      ...(facets.length ? { facets } : {}),
      ...(opts.reply ? { reply: opts.reply } : {}),
      ...(images.length ? { embed: { $type: 'app.bsky.embed.images', images } } : {}),
    };
    const out = await this.call('com.atproto.repo.createRecord', {
      type: 'application/json',
      body: JSON.stringify({ repo: this.session.did, collection: 'app.bsky.feed.post', record }),
    });
    if (typeof out.uri !== 'string' || typeof out.cid !== 'string') throw new PostingError('server', 'createRecord gave no uri');
    return { uri: out.uri, cid: out.cid };
  }
}

/** The bsky.app address of a post from its at:// URI. */
export function blueskyPostUrl(uri: string, handle: string): string {
  const rkey = uri.split('/').pop() ?? '';
  return `https://bsky.app/profile/${handle}/post/${rkey}`;
}
