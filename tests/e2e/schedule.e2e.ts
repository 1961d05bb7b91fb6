import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, readStore, sendFromExtension, waitFor, type Session } from './harness';

type Draft = { id: string; status: string; scheduledAt?: number; text: string };

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('(c) scheduling', () => {
  it('a draft scheduled a few seconds ahead gets its alarm, which fires and makes it due', async () => {
    const ext = await openExtensionPage(s, 'popup.html');
    const at = Date.now() + 2500;
    const res = await sendFromExtension<{ ok: boolean; id: string }>(ext, 'scheduleDraft', {
      text: 'Selamat pagi! ☕ #kopi',
      platforms: ['x'],
      scheduledAt: at,
    });
    expect(res.ok).toBe(true);

    const alarms = await ext.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => [a.name, Math.round(a.scheduledTime)])).toContainEqual([`draft:${res.id}`, at]);
    expect((await readStore<Draft>(ext, 'drafts')).find((d) => d.id === res.id)!.status).toBe('scheduled');

    const due = await waitFor(
      async () => (await readStore<Draft>(ext, 'drafts')).find((d) => d.id === res.id && d.status === 'due'),
      'draft to become due',
      15_000,
    );
    expect(due.text).toBe('Selamat pagi! ☕ #kopi');
    expect((await ext.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.startsWith('draft:'))).toEqual([]);
    // The popup lists it under "Due now", one click from X's composer.
    await ext.reload();
    await ext.waitForSelector(`[data-drafts="due"] [data-draft-id="${res.id}"]`);
    await ext.close();
  });

  it('refuses a schedule time in the past with a message saying what to fix, storing nothing', async () => {
    const ext = await openExtensionPage(s, 'popup.html');
    const before = (await readStore<Draft>(ext, 'drafts')).length;
    // Through the background: refused.
    const res = await sendFromExtension<{ ok: boolean; error?: string }>(ext, 'scheduleDraft', {
      text: 'late',
      platforms: ['x'],
      scheduledAt: Date.now() - 60_000,
    });
    expect(res).toEqual({ ok: false, error: 'scheduleInPast' });
    // Through the UI: the user sees why.
    await ext.waitForSelector('textarea');
    await ext.type('textarea', 'Posting kemarin');
    await ext.click('[data-action="schedule"]');
    await ext.$eval('#schedule-at', (el) => {
      const input = el as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, '2020-01-01T09:00');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await ext.click('[data-action="confirm-schedule"]');
    const alert = await ext.waitForSelector('[role="alert"]');
    expect(await alert!.evaluate((e) => e.textContent)).toMatch(/past/i);
    expect((await readStore<Draft>(ext, 'drafts')).length).toBe(before);
    await ext.close();
  });

  it('an empty draft is refused as invalid input by the background', async () => {
    const ext = await openExtensionPage(s, 'popup.html');
    const res = await sendFromExtension<{ ok: boolean }>(ext, 'saveDraft', { text: '', platforms: ['x'] });
    expect(res).toMatchObject({ ok: false, error: 'invalidInput' });
    await ext.close();
  });
});
