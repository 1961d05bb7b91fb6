import { removeAccount, setAccountRole } from '../../db/accounts';
import type { PantauDB } from '../../db/db';
import { forgetAuthor } from '../../db/retention';
import { ignoreAccount, undoIgnore } from '../ignore';
import * as S from '../../messaging/schemas';
import { privileged } from './privileged';
import { ok, type HandlerTable } from './table';

export const watchlistHandlers = (db: PantauDB): HandlerTable => ({
  setAccountRole: privileged(S.setAccountRoleSchema, async ({ role, ...input }) => {
    if (role === 'none') await removeAccount(db, input.platform, input.handle);
    else await setAccountRole(db, { ...input, role }, Date.now());
    // Ignored authors are never stored: what was stored of them goes too.
    if (role === 'ignored') await forgetAuthor(db, input.platform, input.handle);
    return ok;
  }),
  ignoreAccount: privileged(S.accountRefSchema, async ({ platform, handle }) => {
    await ignoreAccount(db, platform, handle, Date.now());
    return ok;
  }),
  undoIgnore: privileged(S.accountRefSchema, async ({ platform, handle }) =>
    (await undoIgnore(db, platform, handle, Date.now())) ? ok : ({ ok: false, error: 'notFound' } as const),
  ),
});
