import type { PantauDB } from '../../db/db';
import { getDraft } from '../../db/queries/drafts';
import * as S from '../../messaging/schemas';
import { composeNow } from '../fill-composer';
import { postDraftNow } from '../drafts';
import { connections, postViaApi } from '../api-posting';
import { reconcileAlarms } from '../scheduler';
import { privileged } from './privileged';
import { ok, type HandlerTable } from './table';

/** Handing a draft (or loose text) to a platform: its composer in a tab, or its API. */
export const postingHandlers = (db: PantauDB): HandlerTable => ({
  // A fallback may need the connected server (a Mastodon instance's /share page).
  composeNow: privileged(S.composeNowSchema, async (input) => composeNow(db, input, (await connections(db))[input.target]?.server)),
  postDraftNow: privileged(S.postNowSchema, async ({ id, target }) => {
    const outcomes = await postDraftNow(db, id, target);
    return outcomes ? { ...ok, outcomes } : ({ ok: false, error: 'notFound' } as const);
  }),
  postViaApi: privileged(S.postViaApiSchema, async ({ id, target }) => {
    const draft = await getDraft(db, id);
    if (!draft) return { ok: false, error: 'notFound' } as const;
    const out = await postViaApi(db, draft, target, Date.now);
    // A thread posted in full makes the draft `posted`, and a posted draft keeps no alarm.
    await reconcileAlarms(db, Date.now());
    return out;
  }),
});
