import type { IgnoreActions } from '@/components/posts/ignore-flow';
import type { AccountRole } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/protocol';
import type { PlatformId } from '@/lib/platforms/types';

/** Watch, own or forget an account (the background writes it). Ignoring goes through `ignoreActions`, which can be undone. */
export const setRole = (platform: PlatformId, handle: string, role: AccountRole | 'none', group?: string) =>
  void sendMessage('setAccountRole', { platform, handle, role, ...(group ? { group } : {}) });

/** "Ignore" and its "Undo", sent to the background (it keeps the rows for the undo window). */
export const ignoreActions: IgnoreActions = {
  ignore: async (target) => (await sendMessage('ignoreAccount', target)).ok,
  undo: async (target) => (await sendMessage('undoIgnore', target)).ok,
};
