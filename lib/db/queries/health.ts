import type { PantauDB } from '../db';
import type { HealthRow } from '../schema';
import { type PlatformId } from '../../platforms/types';
import { PLATFORM_IDS } from '../../platforms/registry';

/** Capture health, one row per platform that has run. */
export const healthRows = (db: PantauDB): Promise<HealthRow[]> => db.health.toArray();

/** The platforms Pantau has run on (they have a health row), in registry order. */
export async function seenPlatforms(db: PantauDB): Promise<PlatformId[]> {
  const seen = new Set((await healthRows(db)).map((h) => h.platform));
  return PLATFORM_IDS.filter((p) => seen.has(p));
}
