import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { allAccounts, countAccounts } from '@/lib/db/queries/accounts';

const db = getDb();

/** Every account with a role (watched, own or ignored), live; undefined while loading. */
export const useWatchlist = () => useLiveQuery(() => allAccounts(db));

/** How many accounts have a role, live: a change to the watchlist is a reason to recompute. */
export const useAccountCount = () => useLiveQuery(() => countAccounts(db), []);
