import type { PlatformId } from '../platforms/types';
import type { PantauDB } from './db';
import type { AccountRole, AccountRow } from './schema';

/** Put an author on the watchlist (or change its role). */
export async function setAccountRole(
  db: PantauDB,
  input: { platform: PlatformId; handle: string; role: AccountRole; group?: string },
  now: number,
): Promise<AccountRow> {
  const handle = input.handle.toLowerCase();
  const prev = await db.accounts.get([input.platform, handle]);
  const row: AccountRow = {
    platform: input.platform,
    handle,
    displayHandle: input.handle,
    role: input.role,
    addedAt: prev?.addedAt ?? now,
    ...((input.group ?? prev?.group) ? { group: input.group ?? prev?.group } : {}),
  };
  await db.accounts.put(row);
  return row;
}

export async function removeAccount(db: PantauDB, platform: PlatformId, handle: string): Promise<void> {
  await db.accounts.delete([platform, handle.toLowerCase()]);
}

export function getAccount(db: PantauDB, platform: PlatformId, handle: string): Promise<AccountRow | undefined> {
  return db.accounts.get([platform, handle.toLowerCase()]);
}

/** Every account with this role, on all platforms. */
export function accountsWithRole(db: PantauDB, role: AccountRole): Promise<AccountRow[]> {
  return db.accounts.where('role').equals(role).toArray();
}

/** Lower-cased handles the user chose to ignore on a platform: never stored. */
export async function ignoredHandles(db: PantauDB, platform: PlatformId): Promise<Set<string>> {
  const rows = await accountsWithRole(db, 'ignored');
  return new Set(rows.filter((r) => r.platform === platform).map((r) => r.handle));
}
