import { browser } from 'wxt/browser';
import type { ComposeTarget } from '../platforms/registry';
import type { PantauDB } from '../db/db';
import { matchText } from '../compose/draft';
import { recordDelivery } from '../db/drafts';
import { getDraft } from '../db/queries/drafts';
import { draftMedia } from '../db/queries/media';
import type { ComposeOutcome } from '../messaging/protocol';
import { sendMessage } from '../messaging/protocol';
import type { FillComposerInput } from '../composer-fill/serve';
import { PLATFORMS, POSTING } from '../platforms/registry';
import type { ComposeReport } from '../platforms/types';

/**
 * Pages whose content script can fill the platform's composer (its content scripts' matches), and
 * where a new tab opens it: every platform whose definition posts in the page.
 */
const IN_PAGE: Partial<Record<ComposeTarget, { tabs: readonly string[]; home: string }>> = Object.fromEntries(
  PLATFORMS.flatMap((p) => (p.posting.mode === 'inPage' && p.posting.home ? [[p.id, { tabs: p.matches, home: p.posting.home }]] : [])),
);

async function focus(tabId: number, windowId?: number) {
  await browser.tabs.update(tabId, { active: true });
  if (windowId !== undefined) await browser.windows.update(windowId, { focused: true }).catch(() => undefined);
}

async function askTab(tabId: number, input: FillComposerInput): Promise<ComposeReport | undefined> {
  try {
    return await sendMessage('fillComposer', input, tabId);
  } catch {
    return undefined; // no content script there (yet): still loading, or a tab from before install
  }
}

/** A freshly opened tab: ask its content script once it is there, for up to `timeoutMs`. */
async function askNewTab(tabId: number, input: FillComposerInput, timeoutMs: number): Promise<ComposeReport | undefined> {
  const started = Date.now();
  let completeAt: number | undefined;
  while (Date.now() - started < timeoutMs) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab) return undefined;
    if (tab.status === 'complete') completeAt ??= Date.now();
    const res = await askTab(tabId, { ...input, timeoutMs: 6000 });
    if (res) return res;
    // Loaded, yet no content script answers (an error page, a login wall on another host): give up.
    if (completeAt !== undefined && Date.now() - completeAt > 2000) return undefined;
    await new Promise((r) => setTimeout(r, 300));
  }
  return undefined;
}

/**
 * Put a draft into a platform's own composer, in the user's own session: the active tab of that
 * platform, else its most recently used tab, else a new tab. Threads get their follow-up posts
 * where the composer has threads; images are attached where it accepts a synthetic file drop.
 * When no composer can be filled, the platform's intent/share page opens instead, or (upload-only
 * platforms, emoji on Threads) the upload page with the text for the clipboard. Never posts.
 */
export async function composeInPage(
  target: ComposeTarget,
  parts: string[],
  media: FillComposerInput['media'] = [],
  instance?: string,
): Promise<ComposeOutcome> {
  const total = parts.length;
  const page = IN_PAGE[target];
  let reuse: number | undefined; // the tab we opened for the composer, if that failed
  const input: FillComposerInput = { parts, ...(media.length ? { media } : {}) };
  if (page) {
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    const tabs = await browser.tabs.query({ url: [...page.tabs] });
    const ordered = [...tabs].sort(
      (a, b) => (b.id === active?.id ? 1 : 0) - (a.id === active?.id ? 1 : 0) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
    );
    let report: ComposeReport | undefined;
    let tabId: number | undefined;
    let opened = false;
    const open = ordered[0];
    if (open?.id !== undefined) {
      tabId = open.id;
      await focus(open.id, open.windowId);
      report = await askTab(open.id, input);
    } else {
      const tab = await browser.tabs.create({ url: page.home });
      tabId = tab.id;
      opened = true;
      if (tab.id !== undefined) report = await askNewTab(tab.id, input, 15_000);
    }
    if (report && report.filled > 0)
      return { ok: true, method: 'inPage', filled: report.filled, total, media: report.media, ...(tabId !== undefined ? { tabId } : {}) };
    if (opened && tabId !== undefined) reuse = tabId;
  }
  // An intent URL carries one post; the clipboard carries the whole thread.
  const text = parts.join('\n\n');
  const whole = POSTING[target].fallback(text, instance);
  const fallback = whole.clipboard ? whole : POSTING[target].fallback(parts[0]!, instance);
  const tab =
    reuse !== undefined
      ? ((await browser.tabs.update(reuse, { url: fallback.url, active: true }).catch(() => undefined)) ??
        (await browser.tabs.create({ url: fallback.url })))
      : await browser.tabs.create({ url: fallback.url });
  return {
    ok: true,
    method: fallback.clipboard ? 'clipboard' : 'intent',
    filled: fallback.clipboard ? 0 : 1,
    total,
    media: media.length ? 'notSupported' : 'none',
    ...(fallback.clipboard ? { text } : {}),
    ...(tab.id !== undefined ? { tabId: tab.id } : {}),
  };
}

/** A draft's images, as the content script takes them (base64: messages carry JSON only). */
export async function mediaForDraft(db: PantauDB, draftId: string): Promise<NonNullable<FillComposerInput['media']>> {
  const rows = await draftMedia(db, draftId);
  return Promise.all(
    rows.map(async (m) => {
      const bytes = new Uint8Array(await m.blob.arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { name: m.name, type: m.type, base64: btoa(bin) };
    }),
  );
}

/** Compose a draft (or loose text) on one platform, recording how it went out when it is a draft. */
export async function composeNow(
  db: PantauDB,
  input: { target: ComposeTarget; parts: string[]; draftId?: string },
  instance?: string,
): Promise<ComposeOutcome> {
  const media = input.draftId ? await mediaForDraft(db, input.draftId) : [];
  const out = await composeInPage(input.target, input.parts, media, instance);
  if (out.ok && input.draftId) {
    // A confirmed delivery (by API, or marked posted) is not overwritten by a later fill.
    const prev = (await getDraft(db, input.draftId))?.delivery?.[input.target];
    if (!prev || prev.via === 'inPage' || prev.via === 'intent' || prev.via === 'clipboard')
      await recordDelivery(
        db,
        input.draftId,
        input.target,
        // The first part as handed over: linking compares against it, and never re-splits the draft.
        { via: out.method, at: Date.now(), ...(input.parts[0] ? { firstPart: matchText(input.parts[0]) } : {}) },
        Date.now(),
      );
  }
  return out;
}
