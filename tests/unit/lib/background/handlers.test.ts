import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { privileged, registerNotificationActions } from '@/lib/background/handlers';
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
    expect(await handler({ data: { text: '' }, sender: ours() })).toEqual({ ok: false, error: 'invalidInput' });
  });
});

describe('notification actions', () => {
  it("the due notification's button opens X's composer with the draft's text (intent URL when no X tab is open)", async () => {
    const db = freshDb();
    await db.drafts.put({ id: 'd1', text: 'Selamat pagi ☕', platforms: ['x'], status: 'due', createdAt: 1, updatedAt: 1 });
    const listeners: Array<(id: string) => void> = [];
    const event = { addListener: (fn: (id: string) => void) => listeners.push(fn) };
    Object.assign(fakeBrowser.notifications, { onButtonClicked: event, onClicked: event, clear: vi.fn(async () => true) });
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    registerNotificationActions(db);
    listeners[0]!('draft:d1');
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith({ url: 'https://x.com/intent/post?text=Selamat%20pagi%20%E2%98%95' }));
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
