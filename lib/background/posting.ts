import type { PantauDB } from '../db/db';
import { recordDelivery } from '../db/drafts';
import { draftMedia } from '../db/queries/media';
import { getSecret, putSecret } from '../db/secrets';
import { setAccountRole } from '../db/accounts';
import type { Delivery, DraftRow } from '../db/schema';
import { partsFor } from '../compose/draft';
import { measureOptions } from '../compose/measure';
import type { ApiOutcome, Connections } from '../messaging/protocol';
import {
  BlueskyClient,
  blueskyPostUrl,
  blueskySessionSchema,
  createSession,
  type BlueskySession,
  type StrongRef,
} from '../posting/bluesky';
import { PostingError } from '../posting/errors';
import { connectMastodon, mastodonAccountSchema, postStatus, uploadMedia, type MastodonAccount } from '../posting/mastodon';
import { getSettings } from '../settings';

/**
 * Direct posting where the API is open to users. Credentials live in the extension's own
 * IndexedDB (`secrets`), which content scripts, running in the page's origin, cannot open; the
 * Bluesky app password is used once to create a session and never stored.
 */
export async function getBlueskySession(db: PantauDB): Promise<BlueskySession | undefined> {
  const parsed = blueskySessionSchema.safeParse(await getSecret(db, 'bluesky'));
  return parsed.success ? parsed.data : undefined;
}
export async function getMastodonAccount(db: PantauDB): Promise<MastodonAccount | undefined> {
  const parsed = mastodonAccountSchema.safeParse(await getSecret(db, 'mastodon'));
  return parsed.success ? parsed.data : undefined;
}

export async function connectBluesky(db: PantauDB, service: string, identifier: string, password: string, now: number) {
  const session = await createSession(service, identifier, password);
  await putSecret(db, 'bluesky', session);
  // The user's own account: its posts show in insights as "own".
  await setAccountRole(db, { platform: 'bluesky', handle: session.handle, role: 'own' }, now).catch(() => undefined);
  return session;
}

export async function connectMastodonAccount(db: PantauDB, instance: string, token: string) {
  const account = await connectMastodon(instance, token);
  await putSecret(db, 'mastodon', account);
  return account;
}

export async function connections(db: PantauDB): Promise<Connections> {
  const [bsky, masto] = await Promise.all([getBlueskySession(db), getMastodonAccount(db)]);
  return {
    ...(bsky ? { bluesky: { handle: bsky.handle, service: bsky.service } } : {}),
    ...(masto ? { mastodon: { instance: masto.instance, acct: masto.acct, ...(masto.limit ? { limit: masto.limit } : {}) } } : {}),
  };
}

type Part = NonNullable<Delivery['parts']>[number];

/**
 * Post a draft's thread to Bluesky or Mastodon by API. Each live post is recorded on the draft
 * before the next is sent, so a thread that fails partway (or a worker that dies) resumes after the
 * last live post instead of posting it twice.
 */
export async function postViaApi(db: PantauDB, draft: DraftRow, target: 'bluesky' | 'mastodon', now: () => number): Promise<ApiOutcome> {
  const settings = await getSettings();
  const mastodon = target === 'mastodon' ? await getMastodonAccount(db) : undefined;
  const bluesky = target === 'bluesky' ? await getBlueskySession(db) : undefined;
  if (!mastodon && !bluesky) return { ok: false, error: 'notConnected' };
  const parts = partsFor(draft, target, measureOptions(settings.xPremium, mastodon?.limit));
  const live: Part[] = [...(draft.delivery?.[target]?.parts ?? [])];
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
    if (bluesky) {
      // A refreshed session replaces the stored one, so the next post does not refresh again.
      const client = new BlueskyClient(bluesky, (s) => putSecret(db, 'bluesky', s));
      const ref = (p: Part): StrongRef => ({ uri: p.id, cid: p.cid ?? '' });
      for (let i = live.length; i < parts.length; i++) {
        const root = live[0];
        const parent = live[live.length - 1];
        const made = await client.post(parts[i]!, {
          now: new Date(now()),
          ...(root && parent ? { reply: { root: ref(root), parent: ref(parent) } } : {}),
          ...(i === 0 && media.length ? { images: media.map((m) => ({ blob: m.blob })) } : {}),
        });
        live.push({ id: made.uri, cid: made.cid, url: blueskyPostUrl(made.uri, bluesky.handle) });
        await save();
      }
    } else if (mastodon) {
      const mediaIds = live.length === 0 && media.length ? await Promise.all(media.map((m) => uploadMedia(mastodon, m.blob, m.name))) : [];
      for (let i = live.length; i < parts.length; i++) {
        const parent = live[live.length - 1];
        const made = await postStatus(mastodon, parts[i]!, {
          idempotencyKey: `${draft.id}:${i}`,
          ...(parent ? { inReplyToId: parent.id } : {}),
          ...(i === 0 && mediaIds.length ? { mediaIds } : {}),
        });
        live.push({ id: made.id, ...(made.url ? { url: made.url } : {}) });
        await save();
      }
    }
    return { ok: true, live: live.length, total: parts.length, ...(live[0]?.url ? { url: live[0].url } : {}) };
  } catch (err) {
    const code = err instanceof PostingError ? err.code : 'server';
    await save({ error: code });
    return { ok: false, error: code, detail: String((err as Error).message ?? err).slice(0, 200), live: live.length, total: parts.length };
  }
}
