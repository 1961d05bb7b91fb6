import { z } from 'zod';
import { PostingError, jsonOf, request } from '../../api-posting/errors';
import { originOf } from '../../api-posting/origin';

export const mastodonAccountSchema = z.object({
  /** The instance's origin, e.g. https://mastodon.social. */
  instance: z.string().url(),
  token: z.string().min(1),
  acct: z.string().min(1),
  /** The instance's character limit (configuration.statuses.max_characters). */
  limit: z.number().int().positive().optional(),
});
export type MastodonAccount = z.infer<typeof mastodonAccountSchema>;

async function fail(res: Response): Promise<never> {
  const body = await jsonOf(res);
  const message = typeof body.error === 'string' ? body.error : `HTTP ${res.status}`;
  if (res.status === 401 || res.status === 403) throw new PostingError('wrongToken', message);
  if (res.status === 429) throw new PostingError('rateLimited', message);
  if (res.status === 422 && /too long|character limit|length/i.test(message)) throw new PostingError('tooLong', message);
  throw new PostingError('server', message);
}

/** Check the token (verify_credentials) and read the instance's character limit. */
export async function connectMastodon(instance: string, token: string): Promise<MastodonAccount> {
  const origin = originOf(instance);
  const headers = { authorization: `Bearer ${token}` };
  const me = await request(`${origin}/api/v1/accounts/verify_credentials`, { headers });
  if (!me.ok) await fail(me);
  const acct = (await jsonOf(me)).acct;
  const info = await request(`${origin}/api/v2/instance`, {}).catch(() => undefined);
  const conf = info?.ok ? ((await jsonOf(info)).configuration as { statuses?: { max_characters?: unknown } } | undefined) : undefined;
  const limit = conf?.statuses?.max_characters;
  return mastodonAccountSchema.parse({
    instance: origin,
    token,
    acct: typeof acct === 'string' ? acct : 'unknown',
    ...(typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? { limit } : {}),
  });
}

export async function uploadMedia(account: MastodonAccount, blob: Blob, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', blob, name);
  const res = await request(`${account.instance}/api/v2/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${account.token}` },
    body: form,
  });
  if (!res.ok) await fail(res);
  const id = (await jsonOf(res)).id;
  if (typeof id !== 'string') throw new PostingError('server', 'media upload gave no id');
  return id;
}

/** POST /api/v1/statuses; a reply (the next post of a thread) when `inReplyToId` is given. */
export async function postStatus(
  account: MastodonAccount,
  status: string,
  opts: { inReplyToId?: string; mediaIds?: string[]; idempotencyKey: string },
): Promise<{ id: string; url?: string }> {
  const res = await request(`${account.instance}/api/v1/statuses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${account.token}`, 'content-type': 'application/json', 'idempotency-key': opts.idempotencyKey },
    body: JSON.stringify({
      status,
      ...(opts.inReplyToId ? { in_reply_to_id: opts.inReplyToId } : {}),
      ...(opts.mediaIds?.length ? { media_ids: opts.mediaIds } : {}),
    }),
  });
  if (!res.ok) await fail(res);
  const body = await jsonOf(res);
  if (typeof body.id !== 'string') throw new PostingError('server', 'statuses gave no id');
  return { id: body.id, ...(typeof body.url === 'string' ? { url: body.url } : {}) };
}
