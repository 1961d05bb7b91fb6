import type { PantauDB } from '../../db/db';
import { getSettings } from '../../settings';
import { handleGetBadges } from '../badge-data';
import { handleCapturePosts } from '../capture';
import { senderHost } from '../guards';
import { adapterForHost } from '../../platforms/registry';
import type { HandlerTable } from './table';

/** What content scripts send. Not privileged: each handler checks the sending tab's platform itself. */
export const captureHandlers = (db: PantauDB): HandlerTable => ({
  capturePosts: async ({ data, sender }) => handleCapturePosts(data, sender, db, Date.now(), await getSettings()),
  // A content script's one switch (it cannot read settings: storage.local is closed to it).
  captureEnabled: async ({ sender }) => {
    const host = senderHost(sender);
    const platform = host ? adapterForHost(host) : undefined;
    return { on: platform ? (await getSettings()).capture[platform.id] : false };
  },
  getBadges: async ({ data, sender }) => {
    const settings = await getSettings();
    return handleGetBadges(data, sender, db, settings.badges, settings.engagementCounters);
  },
});
