import { accountKey } from '../keys';
import type { PantauDB } from '../db';
import type { AccountRow } from '../schema';
import type { PlatformId } from '../../platforms/types';

/** Every account with a role (watched, own or ignored): the watchlist and its roles. */
export const allAccounts = (db: PantauDB): Promise<AccountRow[]> => db.accounts.toArray();

/** The accounts that are watched: competitors and the user's own. */
export const watchedAccounts = (db: PantauDB): Promise<AccountRow[]> => db.accounts.where('role').anyOf('competitor', 'own').toArray();

/** How many accounts are watched. */
export const countWatched = (db: PantauDB): Promise<number> => db.accounts.where('role').anyOf('competitor', 'own').count();

/** How many accounts have any role (ignored ones too). */
export const countAccounts = (db: PantauDB): Promise<number> => db.accounts.count();

/** The lower-cased handles watched on one platform. */
export async function watchedHandles(db: PantauDB, platform: PlatformId): Promise<string[]> {
  return (await watchedAccounts(db)).filter((a) => a.platform === platform).map((a) => a.handle);
}

/** The account rows (any role) of the authors of these posts: one keyed read. */
export async function accountsOn(
  db: PantauDB,
  posts: ReadonlyArray<{ platform: PlatformId; authorHandle: string }>,
): Promise<AccountRow[]> {
  const keys = [
    ...new Map(
      posts.map((p) => [accountKey(p.platform, p.authorHandle.toLowerCase()), [p.platform, p.authorHandle.toLowerCase()]]),
    ).values(),
  ];
  return (await db.accounts.bulkGet(keys as [PlatformId, string][])).filter((a): a is AccountRow => a !== undefined);
}
