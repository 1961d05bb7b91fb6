import type { AccountRole } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/protocol';
import type { PlatformId } from '@/lib/platforms/types';

/** Watch, own, ignore or forget an account (the background writes it). */
export const setRole = (platform: PlatformId, handle: string, role: AccountRole | 'none', group?: string) =>
  void sendMessage('setAccountRole', { platform, handle, role, ...(group ? { group } : {}) });
