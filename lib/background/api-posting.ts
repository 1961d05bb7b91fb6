import type { PantauDB } from '../db/db';
import { setAccountRole } from '../db/accounts';
import { recordDelivery } from '../db/drafts';
import { draftMedia } from '../db/queries/media';
import type { Delivery, DraftRow } from '../db/schema';
import { deleteSecret, getSecret, putSecret } from '../db/secrets';
import { partsFor } from '../compose/draft';
import { measureOptions } from '../compose/measure';
import { PostingError } from '../api-posting/errors';
import type { ApiPoster, LivePart } from '../api-posting/poster';
import type { ApiOutcome, Connections } from '../messaging/protocol';
import { API_POSTERS, posterFor } from '../platforms/api-posters';
import { isPlatformId, type ComposeTarget } from '../platforms/registry';
import { getSettings } from '../settings';

/**
 * Direct posting where the API is open to users, the same for every such platform (each folder's
 * ApiPoster does the talking). Credentials live in the extension's own IndexedDB (`secrets`, keyed
 * by target), which content scripts, running in the page's origin, cannot open; a password is used
 * once to sign in and never stored.
 */
export async function credentialsOf<C>(db: PantauDB, poster: ApiPoster<C>): Promise<C | undefined> {
  return poster.parse(await getSecret(db, poster.target));
}

/** Sign in with a connect form's values and store the credentials; the account becomes "own" on a captured platform. */
export async function connectAccount(db: PantauDB, target: ComposeTarget, fields: Record<string, string>, now: number) {
  const poster = posterFor(target);
  if (!poster) throw new PostingError('notConnected', `no API for ${target}`);
  const credentials = await poster.signIn(fields);
  await putSecret(db, target, credentials);
  const own = poster.ownHandle?.(credentials);
  // The user's own account: its posts show in insights as "own".
  if (own && isPlatformId(target)) await setAccountRole(db, { platform: target, handle: own, role: 'own' }, now).catch(() => undefined);
  return poster.connection(credentials);
}

export const disconnectAccount = (db: PantauDB, target: ComposeTarget) => deleteSecret(db, target);

/** Every connected account, by target. */
export async function connections(db: PantauDB): Promise<Connections> {
  const entries = await Promise.all(
    API_POSTERS.map(async (poster) => {
      const c = await credentialsOf(db, poster);
      return c === undefined ? [] : [[poster.target, poster.connection(c)] as const];
    }),
  );
  return Object.fromEntries(entries.flat());
}

/**
 * Post a draft's thread to a target by its API. Each live post is recorded on the draft before the
 * next is sent, so a thread that fails partway (or a worker that dies) resumes after the last live
 * post instead of posting it twice.
 */
export async function postViaApi(db: PantauDB, draft: DraftRow, target: ComposeTarget, now: () => number): Promise<ApiOutcome> {
  const poster = posterFor(target);
  const credentials = poster ? await credentialsOf(db, poster) : undefined;
  if (!poster || credentials === undefined) return { ok: false, error: 'notConnected' };
  const settings = await getSettings();
  const parts = partsFor(draft, target, measureOptions(settings.xPremium, { [target]: poster.connection(credentials) }));
  const live: LivePart[] = [...(draft.delivery?.[target]?.parts ?? [])];
  const media = await draftMedia(db, draft.id);
  const save = (extra: Partial<Delivery> = {}) =>
    recordDelivery(
      db,
      draft.id,
      target,
      { via: 'api', at: now(), parts: [...live], total: parts.length, ...(live[0]?.url ? { url: live[0].url } : {}), ...extra },
      now(),
    );
  try {
    await poster.post(credentials, parts, {
      live,
      media,
      now,
      idempotencyKey: (i) => `${draft.id}:${i}`,
      // A refreshed session replaces the stored one, so the next post does not refresh again.
      saveCredentials: (c) => putSecret(db, target, c),
      onLive: async (part) => {
        live.push(part);
        await save();
      },
    });
    return { ok: true, live: live.length, total: parts.length, ...(live[0]?.url ? { url: live[0].url } : {}) };
  } catch (err) {
    const code = err instanceof PostingError ? err.code : 'server';
    await save({ error: code });
    return { ok: false, error: code, detail: String((err as Error).message ?? err).slice(0, 200), live: live.length, total: parts.length };
  }
}
