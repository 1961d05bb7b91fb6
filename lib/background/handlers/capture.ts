import type { PantauDB } from '../../db/db';
import { getSettings } from '../../settings';
import { handleGetBadges } from '../badge-data';
import { handleCapturePosts } from '../capture';
import type { HandlerTable } from './table';

/** What content scripts send. Not privileged: each handler checks the sending tab's platform itself. */
export const captureHandlers = (db: PantauDB): HandlerTable => ({
  capturePosts: async ({ data, sender }) => handleCapturePosts(data, sender, db, Date.now(), await getSettings()),
  getBadges: async ({ data, sender }) => {
    const settings = await getSettings();
    return handleGetBadges(data, sender, db, settings.badges, settings.engagementCounters);
  },
});
