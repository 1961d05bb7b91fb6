import Dexie from 'dexie';
import type { PantauDB } from './db';

/**
 * A post's key in maps and sets: platform and id, NUL-separated (neither can contain NUL). The one
 * spelling, so two modules never disagree on it.
 */
export const postKey = (p: { platform: string; postId: string }) => `${p.platform}\u0000${p.postId}`;

/** An account's key in maps and sets: platform and (lower-cased) handle. */
export const accountKey = (platform: string, handle: string) => `${platform}\u0000${handle}`;

/** The handle part of an accountKey. */
export const handleOfKey = (key: string) => key.slice(key.indexOf('\u0000') + 1);

/** One post's snapshots as an indexed range (oldest first): read with .toArray()/.last(), or .delete(). */
export const snapshotRange = (db: PantauDB, platform: string, postId: string) =>
  db.postSnapshots.where('[platform+postId+capturedAt]').between([platform, postId, Dexie.minKey], [platform, postId, Dexie.maxKey]);
