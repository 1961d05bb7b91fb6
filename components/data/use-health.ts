import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { healthRows, seenPlatforms } from '@/lib/db/queries/health';

const db = getDb();

/** Capture health per platform, live; undefined while loading. */
export const useHealth = () => useLiveQuery(() => healthRows(db));

/** The platforms Pantau has run on, in registry order, live. */
export const useSeenPlatforms = () => useLiveQuery(() => seenPlatforms(db));
