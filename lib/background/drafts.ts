import { browser } from 'wxt/browser';
import { matchText, partsFor } from '../compose/draft';
import { measureOptions } from '../compose/measure';
import { findUrls } from '../compose/entities';
import { isPlatformId, type ComposeTarget } from '../platforms/registry';
import { setAccountRole } from '../db/accounts';
import type { PantauDB } from '../db/db';
import { recordDelivery, rescheduleDraft, saveDraft } from '../db/drafts';
import { draftsByStatus, getDraft } from '../db/queries/drafts';
import type { Delivery, DraftRow } from '../db/schema';
import { accountKey } from '../db/keys';
import { accountsOn } from '../db/queries/accounts';
import { pushTo } from '../metrics/stats';
import type { MeasureOptions } from '../compose/measure';
import type { CapturedPost } from '../platforms/types';
import type { ComposeOutcome } from '../messaging/protocol';
import { composeTargetsItem, getSettings, openDraftItem } from '../settings';
import { alarmName } from '../scheduling/plan';
import { composeNow } from './fill-composer';
import { connections } from './api-posting';
import { refreshActionBadge } from './action-badge';

export const SNOOZE_MINUTES = 15;

/** How posts are counted and split right now (settings and the connected servers' limits), and the connections. */
async function countingInForce(db: PantauDB) {
  const [settings, conns] = await Promise.all([getSettings(), connections(db)]);
  return { opts: measureOptions(settings.xPremium, conns), conns };
}

/**
 * "Post now" (a reminder's button, or the drafts list): fill each target's composer. Upload-only
 * platforms need the clipboard, which only a page can write: when there is no page (a
 * notification), the side panel's composer opens in a tab with the draft, one click from "Copy".
 */
export async function postDraftNow(
  db: PantauDB,
  id: string,
  only?: ComposeTarget,
  fromNotification = false,
): Promise<Partial<Record<ComposeTarget, ComposeOutcome>> | undefined> {
  const draft = await getDraft(db, id);
  if (!draft) return undefined;
  const { opts, conns } = await countingInForce(db);
  const outcomes: Partial<Record<ComposeTarget, ComposeOutcome>> = {};
  let needsPage = false;
  for (const target of only ? [only] : draft.platforms) {
    const parts = partsFor(draft, target, opts);
    if (!parts.length) continue;
    const out = await composeNow(db, { target, parts, draftId: id }, conns[target]?.server);
    outcomes[target] = out;
    if (out.ok && out.method === 'clipboard') needsPage = true;
  }
  if (fromNotification && needsPage) {
    await openDraftItem.setValue(id);
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  }
  return outcomes;
}

/** "Snooze 15 min": the draft is scheduled again, its alarm re-created by the caller's reconcile. */
export async function snoozeDraft(db: PantauDB, id: string, minutes: number, now: number): Promise<DraftRow | undefined> {
  const row = await rescheduleDraft(db, id, now + minutes * 60_000, now);
  await browser.notifications.clear(alarmName(id)).catch(() => undefined);
  return row;
}

/**
 * When capture sees a post that a draft was handed over as (same platform, same first part apart
 * from links, which platforms shorten, made after the handover), the draft's delivery is confirmed
 * with the post's URL, but only when the author is already the user's own account on that platform
 * (connecting an account marks it own). A copycat by anyone else must not mark the user's drafts
 * posted: a match by an author Pantau does not know becomes a suggestion the user confirms ("Is this
 * your post?"), and one by a competitor or an ignored author is nothing. Capture never changes a role.
 */
export async function linkPostedDrafts(db: PantauDB, stored: readonly CapturedPost[], now: number): Promise<number> {
  if (!stored.length) return 0;
  const since = now - 14 * 86_400_000;
  const open = (await draftsByStatus(db, ['due', 'missed', 'scheduled', 'posted', 'draft'])).filter(
    (d) => d.updatedAt >= since && d.delivery,
  );
  if (!open.length) return 0;
  const byText = new Map<string, CapturedPost[]>();
  for (const p of stored) pushTo(byText, `${p.platform}\u0000${matchText(p.text)}`, p);
  const roles = new Map((await accountsOn(db, stored)).map((a) => [accountKey(a.platform, a.handle), a.role]));
  // Only deliveries from before firstPart was recorded are split again (as they were posted).
  let opts: MeasureOptions | undefined;
  let linked = 0;
  for (const draft of open) {
    for (const [target, delivery] of Object.entries(draft.delivery ?? {}) as [ComposeTarget, Delivery | undefined][]) {
      if (!delivery || delivery.via === 'seen' || delivery.postId || !isPlatformId(target)) continue;
      const first = delivery.firstPart ?? matchText(partsFor(draft, target, (opts ??= (await countingInForce(db)).opts))[0] ?? '');
      if (!first) continue;
      const post = byText
        .get(`${target}\u0000${first}`)
        ?.find((p) => Date.parse(p.createdAt || '') >= delivery.at - 60_000 && !delivery.dismissed?.includes(p.postId));
      if (!post) continue;
      const role = roles.get(accountKey(post.platform, post.authorHandle.toLowerCase()));
      if (role === 'own') {
        const { suggested: _, ...rest } = delivery;
        await recordDelivery(db, draft.id, target, { ...rest, via: 'seen', at: now, url: post.url, postId: post.postId }, now);
        linked++;
      } else if (role === undefined && delivery.suggested?.postId !== post.postId) {
        const suggested = { postId: post.postId, url: post.url, author: post.authorHandle, text: post.text.slice(0, 500) };
        await recordDelivery(db, draft.id, target, { ...delivery, suggested }, now);
      }
    }
  }
  if (linked) await refreshActionBadge(db); // a due or missed draft may be posted now
  return linked;
}

/**
 * The user's answer to "Is this your post?": yes links the draft (and, being the user's word, makes
 * the author an own account); no dismisses that post for this draft.
 */
export async function answerSuggestion(db: PantauDB, id: string, target: ComposeTarget, mine: boolean, now: number): Promise<boolean> {
  const delivery = (await getDraft(db, id))?.delivery?.[target];
  const s = delivery?.suggested;
  if (!delivery || !s || !isPlatformId(target)) return false;
  const { suggested: _, ...rest } = delivery;
  if (mine) {
    await recordDelivery(db, id, target, { ...rest, via: 'seen', at: now, url: s.url, postId: s.postId }, now);
    await setAccountRole(db, { platform: target, handle: s.author, role: 'own' }, now);
  } else await recordDelivery(db, id, target, { ...rest, dismissed: [...(rest.dismissed ?? []), s.postId].slice(-20) }, now);
  return true;
}

/**
 * "Draft a post from this page / selection": the selection quoted, then the page's address, with
 * UTM tagging on (utm_source per platform, at posting). Returns the new draft, for the composer.
 */
export async function draftFromPage(
  db: PantauDB,
  input: { pageUrl: string; title?: string; selectionText?: string },
  now: number,
  newId: () => string,
): Promise<DraftRow> {
  const url = findUrls(input.pageUrl)[0]?.value ?? input.pageUrl;
  const quote = input.selectionText?.trim().replace(/\s+/g, ' ');
  const text = quote ? `“${quote}”\n\n${url}` : `${input.title?.trim() ? `${input.title.trim()}\n\n` : ''}${url}`;
  const platforms = await composeTargetsItem.getValue();
  return saveDraft(db, { text, platforms, utm: true }, now, newId);
}
