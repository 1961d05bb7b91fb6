import { browser } from 'wxt/browser';
import { partsFor } from '../compose/draft';
import { measureOptions } from '../compose/measure';
import { findUrls } from '../compose/entities';
import type { ComposeTarget } from '../platforms/registry';
import { setAccountRole } from '../db/accounts';
import type { PantauDB } from '../db/db';
import { recordDelivery, rescheduleDraft, saveDraft } from '../db/drafts';
import { draftsByStatus, getDraft } from '../db/queries/drafts';
import type { DraftRow } from '../db/schema';
import type { ComposeOutcome } from '../messaging/protocol';
import type { CaptureBatch } from '../messaging/schemas';
import { composeTargetsItem, getSettings, openDraftItem } from '../settings';
import { alarmName } from '../scheduling/plan';
import { composeNow } from './fill-composer';
import { connections } from './api-posting';

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

const norm = (s: string) =>
  s
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * When capture sees a post that a draft was handed over as (same platform, same text apart from
 * links, which platforms shorten), the draft's delivery is confirmed with the post's URL, and the
 * author becomes an `own` account, so the post's performance shows in insights.
 */
export async function linkPostedDrafts(db: PantauDB, posts: CaptureBatch['posts'], now: number): Promise<number> {
  if (!posts.length) return 0;
  const since = now - 14 * 86_400_000;
  const open = (await draftsByStatus(db, ['due', 'missed', 'scheduled', 'posted', 'draft'])).filter(
    (d) => d.updatedAt >= since && d.delivery,
  );
  if (!open.length) return 0;
  // Split as it was posted (X Premium, the Mastodon limit), or a long post's first part never matches.
  const { opts } = await countingInForce(db);
  let linked = 0;
  for (const draft of open) {
    for (const [target, delivery] of Object.entries(draft.delivery ?? {}) as [
      ComposeTarget,
      NonNullable<DraftRow['delivery']>[ComposeTarget],
    ][]) {
      if (!delivery || delivery.via === 'seen' || delivery.postId) continue;
      const parts = partsFor(draft, target, opts).map(norm).filter(Boolean);
      const first = parts[0];
      if (!first) continue;
      const post = posts.find(
        (p) => p.platform === target && norm(p.text) === first && Date.parse(p.createdAt || '') >= delivery.at - 60_000,
      );
      if (!post) continue;
      await recordDelivery(db, draft.id, target, { ...delivery, via: 'seen', at: now, url: post.url, postId: post.postId }, now);
      await setAccountRole(db, { platform: post.platform, handle: post.authorHandle, role: 'own' }, now).catch(() => undefined);
      linked++;
    }
  }
  return linked;
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
