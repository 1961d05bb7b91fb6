import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { PantauDB } from '../../db/db';
import * as S from '../../messaging/schemas';
import { POSTING } from '../../platforms/registry';
import { connectAccount, connections, disconnectAccount } from '../api-posting';
import { originOf } from '../../api-posting/origin';
import { privileged, UserError } from './privileged';
import { ok, type HandlerTable } from './table';

/** The direct-posting accounts: connect, disconnect, and which are connected. */
export const connectionHandlers = (db: PantauDB): HandlerTable => ({
  connect: privileged(S.connectSchema, async ({ target, fields }) => {
    const form = POSTING[target].api!;
    const values = Object.fromEntries(form.fields.map((f) => [f.name, (fields[f.name] ?? '').trim() || (f.initial ?? '')]));
    if (form.originField) {
      // The server's host permission is optional: the options page asks for it first, within the click.
      const origin = originOf(values[form.originField] ?? '');
      if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) throw new UserError('permissionDenied');
      values[form.originField] = origin;
    }
    return { ...ok, connection: await connectAccount(db, target, values, Date.now()) };
  }),
  disconnect: privileged(S.apiTargetSchema, async ({ target }) => {
    const server = (await connections(db))[target]?.server;
    await disconnectAccount(db, target);
    // The server's host permission was asked for this connection only: it goes with it.
    if (server && POSTING[target].api?.originField) await browser.permissions.remove({ origins: [`${server}/*`] }).catch(() => undefined);
    return ok;
  }),
  getConnections: privileged(z.object({}), async () => ({ ...ok, ...(await connections(db)) })),
});
