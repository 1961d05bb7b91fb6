import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HANDLER_TABLES, privileged, registerHandlers, registerNotificationActions } from '@/lib/background/handlers';
import { healthNeedsAttention } from '@/lib/db/health';
import { freshDb } from '../../../helpers/db';

beforeEach(() => fakeBrowser.reset());

describe('privileged handlers', () => {
  const run = vi.fn(async (input: { text: string }) => ({ ok: true as const, echoed: input.text }));
  const handler = privileged(z.object({ text: z.string().min(1) }), run);
  const ours = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

  it('runs for our own extension pages, with parsed input', async () => {
    expect(await handler({ data: { text: 'hi' }, sender: ours() })).toEqual({ ok: true, echoed: 'hi' });
  });
  it('refuses content scripts (the page side), whatever they send', async () => {
    run.mockClear();
    const fromPage = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 3, url: 'https://x.com/home' } };
    expect(await handler({ data: { text: 'hi' }, sender: fromPage })).toEqual({ ok: false, error: 'forbidden' });
    const lookalike = { id: fakeBrowser.runtime.id, url: 'https://evil.example/chrome-extension://' };
    expect(await handler({ data: { text: 'hi' }, sender: lookalike })).toEqual({ ok: false, error: 'forbidden' });
    expect(run).not.toHaveBeenCalled();
  });
  it('answers invalid input with invalidInput', async () => {
    expect(await handler({ data: { text: '' }, sender: ours() })).toMatchObject({ ok: false, error: 'invalidInput' });
  });
});

describe('notification actions', () => {
  const setup = async (platforms: string[]) => {
    const db = freshDb();
    await db.drafts.put({ id: 'd1', text: 'Selamat pagi ☕', platforms: platforms as never, status: 'due', createdAt: 1, updatedAt: 1 });
    const buttons: Array<(id: string, button: number) => void> = [];
    Object.assign(fakeBrowser.notifications, {
      onButtonClicked: { addListener: (fn: (id: string, b: number) => void) => buttons.push(fn) },
      onClicked: { addListener: () => undefined },
      clear: vi.fn(async () => true),
    });
    registerNotificationActions(db);
    return { db, press: (button: number) => buttons[0]!('draft:d1', button) };
  };

  it('"Snooze 15 min" schedules the draft again 15 minutes on, with its alarm', async () => {
    const { db, press } = await setup(['x']);
    const before = Date.now();
    press(1);
    const row = await vi.waitFor(async () => {
      const d = await db.drafts.get('d1');
      expect(d?.status).toBe('scheduled');
      return d!;
    });
    expect(row.scheduledAt! - before).toBeGreaterThanOrEqual(15 * 60_000);
    expect(row.scheduledAt! - before).toBeLessThan(15 * 60_000 + 5000);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContain('draft:d1');
  });

  it('"Post now" on an upload-only platform opens its upload page and the composer page for the clipboard', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const { db, press } = await setup(['instagram']);
    press(0);
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith({ url: 'https://www.instagram.com/create/select/' }));
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/sidepanel.html') }));
    expect((await db.drafts.get('d1'))?.delivery?.instagram?.via).toBe('clipboard');
  });
});

describe('healthNeedsAttention', () => {
  const base = { platform: 'x' as const, postsParsed: 0, payloadsNotUnderstood: 0, selectorMisses: 3, batchesRejected: 0 };
  it.each([
    [{ ...base, pagesSinceSuccess: 3 }, true],
    [{ ...base, pagesSinceSuccess: 2 }, false],
    [{ ...base }, false],
    [{ ...base, lastProblemAt: 10 }, true],
    [{ ...base, lastProblemAt: 10, lastSuccessAt: 5 }, true],
    [{ ...base, lastProblemAt: 10, lastSuccessAt: 20 }, false],
  ])('%j → %s', (row, expected) => expect(healthNeedsAttention(row)).toBe(expected));
});

describe('handler tables', () => {
  it('answer every background message once, from one table each', () => {
    const db = freshDb();
    const types = HANDLER_TABLES.flatMap((table) => Object.keys(table(db)));
    expect(new Set(types).size).toBe(types.length);
    expect(types.sort()).toEqual(
      [
        'answerSuggestion',
        'attachMedia',
        'captureEnabled',
        'capturePosts',
        'clearData',
        'composeNow',
        'connect',
        'deleteDraft',
        'disconnect',
        'draftFromPage',
        'duplicateDraft',
        'freeUpSpace',
        'getBadges',
        'getConnections',
        'ignoreAccount',
        'importCapture',
        'markDraftPosted',
        'postDraftNow',
        'postViaApi',
        'queueDraft',
        'removeMedia',
        'rescheduleDraft',
        'saveDraft',
        'scheduleDraft',
        'setAccountRole',
        'snoozeDraft',
        'undoDeleteDraft',
        'undoIgnore',
      ].sort(),
    );
  });

  it('are registered synchronously: a message arriving straight after start is answered, with the trust edge in place', async () => {
    // Once per file: onMessage allows one listener per message type in a context.
    registerHandlers(freshDb());
    // The messaging library answers through sendResponse, which the fake's typing leaves out.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (
      message: unknown,
      sender: object,
      sendResponse: (r: unknown) => void,
    ) => unknown;
    const ask = (type: string, data: unknown, sender: object) =>
      new Promise((answer) => void trigger({ id: 1, type, data, timestamp: Date.now() }, sender, answer));
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    const tab = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 3, url: 'https://x.com/home' } };
    expect(await ask('getConnections', {}, page)).toEqual({ res: { ok: true } });
    expect(await ask('getConnections', {}, tab)).toEqual({ res: { ok: false, error: 'forbidden' } });
  });
});

describe('a content script asks for its one switch by message (storage is closed to it)', () => {
  it("answers the sending tab's platform's capture switch, and off for a tab of another site", async () => {
    const { captureHandlers } = await import('@/lib/background/handlers/capture');
    const { DEFAULT_SETTINGS, settingsItem } = await import('@/lib/settings');
    const table = captureHandlers(freshDb());
    const ask = (url: string) => table.captureEnabled!({ data: {}, sender: { id: 'ext', tab: { id: 1, url } } });
    expect(await ask('https://x.com/home')).toEqual({ on: true });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, capture: { ...DEFAULT_SETTINGS.capture, x: false } });
    expect(await ask('https://x.com/home')).toEqual({ on: false });
    expect(await ask('https://bsky.app/')).toEqual({ on: true });
    expect(await ask('https://evil.example/')).toEqual({ on: false });
  });
});

describe('importCapture (rows of an imported HAR)', () => {
  it('stores through the writer at the entry’s time; a content script, a future time or a switched-off platform is refused', async () => {
    const { dataHandlers } = await import('@/lib/background/handlers/data');
    const { DEFAULT_SETTINGS, settingsItem } = await import('@/lib/settings');
    const { capturedPost } = await import('../../../helpers/db');
    const db = freshDb();
    const table = dataHandlers(db);
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    const at = Date.UTC(2026, 9, 1, 8);
    const input = { platform: 'x' as const, capturedAt: at, posts: [capturedPost('1900000000000000001')], profiles: [] };
    expect(await table.importCapture!({ data: input, sender: { id: 'ext', tab: { id: 1, url: 'https://x.com/home' } } })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await table.importCapture!({ data: { ...input, capturedAt: Date.now() + 86_400_000 }, sender: page })).toMatchObject({
      ok: false,
    });
    expect(await table.importCapture!({ data: input, sender: page })).toEqual({ ok: true, stored: 1 });
    expect((await db.postSnapshots.toArray()).map((s) => s.capturedAt)).toEqual([at]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, capture: { ...DEFAULT_SETTINGS.capture, x: false } });
    expect(await table.importCapture!({ data: { ...input, capturedAt: at + 1 }, sender: page })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
  });
});
