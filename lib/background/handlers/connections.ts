import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { PantauDB } from '../../db/db';
import { deleteSecret } from '../../db/secrets';
import * as S from '../../messaging/schemas';
import { instanceOrigin } from '../../posting/mastodon';
import { connectBluesky, connectMastodonAccount, connections } from '../posting';
import { privileged, UserError } from './privileged';
import { ok, type HandlerTable } from './table';

/** The direct-posting accounts (Bluesky, Mastodon): connect, disconnect, and which are connected. */
export const connectionHandlers = (db: PantauDB): HandlerTable => ({
  connectBluesky: privileged(S.connectBlueskySchema, async ({ service, identifier, password }) => {
    const session = await connectBluesky(db, service, identifier.replace(/^@/, ''), password, Date.now());
    return { ...ok, handle: session.handle };
  }),
  connectMastodon: privileged(S.connectMastodonSchema, async ({ instance, token }) => {
    // The instance's host permission is optional: the options page asks for it first.
    const origin = instanceOrigin(instance);
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) throw new UserError('permissionDenied');
    const account = await connectMastodonAccount(db, origin, token);
    return { ...ok, acct: account.acct, ...(account.limit ? { limit: account.limit } : {}) };
  }),
  disconnect: privileged(S.apiTargetSchema, async ({ target }) => {
    await deleteSecret(db, target);
    return ok;
  }),
  getConnections: privileged(z.object({}), async () => ({ ...ok, ...(await connections(db)) })),
});
