import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSidePanel } from '@/lib/background/side-panel';

type Fake = { sidePanel?: { open: ReturnType<typeof vi.fn> }; sidebarAction?: { open: ReturnType<typeof vi.fn> } };
const fake = fakeBrowser as unknown as Fake;

beforeEach(() => {
  fake.sidePanel = { open: vi.fn(async () => undefined) };
  fake.sidebarAction = { open: vi.fn(async () => undefined) };
});

describe('openSidePanel', () => {
  it("Chrome: opens the side panel of the window, called at once (within the user's gesture)", async () => {
    const done = openSidePanel(7, false);
    expect(fake.sidePanel!.open).toHaveBeenCalledWith({ windowId: 7 });
    await done;
    expect(fake.sidebarAction!.open).not.toHaveBeenCalled();
  });

  it('Firefox: opens the sidebar synchronously, and a refusal (no user gesture) never throws', async () => {
    fake.sidebarAction!.open.mockRejectedValueOnce(new Error('sidebarAction.open may only be called from a user input handler'));
    const done = openSidePanel(undefined, true);
    expect(fake.sidebarAction!.open).toHaveBeenCalledTimes(1);
    await expect(done).resolves.toBeUndefined();
    expect(fake.sidePanel!.open).not.toHaveBeenCalled();
  });
});
