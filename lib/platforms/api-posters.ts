import type { ApiPoster } from '../api-posting/poster';
import { blueskyPoster } from './bluesky/api-posting';
import { mastodonPoster } from './mastodon/api-posting';

/**
 * The API implementations of the targets whose definition says `posting.api` (a test checks the
 * two agree). Apart from the registry so that only the background bundles the API clients.
 */
export const API_POSTERS = [blueskyPoster, mastodonPoster] as unknown as readonly ApiPoster<unknown>[];

export const posterFor = (target: string): ApiPoster<unknown> | undefined => API_POSTERS.find((p) => p.target === target);
