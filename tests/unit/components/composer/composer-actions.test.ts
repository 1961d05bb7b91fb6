import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashtagSetsItem } from '@/lib/settings';

const sent: Array<[string, unknown]> = [];
vi.mock('@/lib/messaging/protocol', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push([type, data]);
    if (type === 'saveDraft') return { ok: true, id: 'd1' };
    if (type === 'scheduleDraft') return { ok: true, id: 'd1' };
    return { ok: false, error: 'internal' };
  }),
}));

const { saveDraft, saveHashtagSet, scheduleAt, withHashtagSet } = await import('@/components/composer/composer-actions');

const NOW = Date.UTC(2026, 10, 24, 5);
const ctx = (text: string) => {
  const changes: unknown[] = [];
  return {
    changes,
    ctx: {
      state: { text, platforms: ['x' as const] },
      onChange: (next: unknown) => changes.push(next),
      measureOpts: {},
      now: () => NOW,
      locale: 'en',
    },
  };
};

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no message catalog: words come back as their keys.
  fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
  sent.length = 0;
});

describe('hashtag sets', () => {
  it('appends only the tags the text lacks, after a blank line', () => {
    const set = { name: 'kopi', tags: ['kopi', 'Pagi'] };
    expect(withHashtagSet('Ngopi dulu #pagi  ', set)).toBe('Ngopi dulu #pagi\n\n#kopi');
    expect(withHashtagSet('', set)).toBe('#kopi #Pagi');
    expect(withHashtagSet('#KOPI #pagi', set)).toBeUndefined();
  });

  it("saves the text's hashtags under a name, replacing a set of that name, and refuses a nameless or tagless one", async () => {
    await hashtagSetsItem.setValue([
      { name: 'kopi', tags: ['old'] },
      { name: 'teh', tags: ['teh'] },
    ]);
    const sets = await hashtagSetsItem.getValue();
    expect((await saveHashtagSet(sets, ' kopi ', 'Pagi #kopi #senja'))?.kind).toBe('ok');
    expect(await hashtagSetsItem.getValue()).toEqual([
      { name: 'teh', tags: ['teh'] },
      { name: 'kopi', tags: ['kopi', 'senja'] },
    ]);
    expect((await saveHashtagSet(sets, '', '#kopi'))?.kind).toBe('error');
    expect((await saveHashtagSet(sets, 'x', 'no tags'))?.kind).toBe('error');
    expect(await hashtagSetsItem.getValue()).toHaveLength(2);
  });
});

describe('composer actions', () => {
  it('saving a new draft gives the composer its id', async () => {
    const { ctx: c, changes } = ctx('Halo');
    expect((await saveDraft(c))?.kind).toBe('ok');
    expect(changes).toEqual([{ text: 'Halo', platforms: ['x'], id: 'd1' }]);
  });

  it('refuses to schedule in the past, an empty draft, or a time that is not one, without sending anything', async () => {
    expect(await scheduleAt(ctx('Halo').ctx, NOW - 1)).toEqual({ kind: 'error', text: 'errScheduleInPast' });
    expect(await scheduleAt(ctx('Halo').ctx, undefined)).toEqual({ kind: 'error', text: 'errScheduleInvalid' });
    expect(await scheduleAt(ctx('  ').ctx, NOW + 3_600_000)).toEqual({ kind: 'error', text: 'problemFixFirst' });
    expect(sent).toEqual([]);
    expect((await scheduleAt(ctx('Halo').ctx, NOW + 3_600_000))?.kind).toBe('ok');
    expect(sent).toEqual([['scheduleDraft', { text: 'Halo', platforms: ['x'], scheduledAt: NOW + 3_600_000 }]]);
  });
});
