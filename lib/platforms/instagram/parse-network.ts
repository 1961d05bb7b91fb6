import { shapeOf } from '../../parse-kit/json';
import { parseMetaPayloads } from '../../parse-kit/meta';
import type { CaptureResult, NetworkInput } from '../types';
import { emptyResult } from '../types';
import { guardNetwork } from '../../parse-kit/network-guard';
import { INSTAGRAM_NETWORK_URL_RE } from './selectors';

export const instagramPostUrl = (_handle: string, code: string) => `https://www.instagram.com/p/${code}/`;

/**
 * Instagram GraphQL (xdt_api__v1__feed__timeline__connection, …user_timeline_graphql_connection,
 * explore_story fallbacks) and REST feeds (items, medias, feed_items): media objects anywhere.
 * The "for (;;);" prefix is stripped before JSON.parse by the runtime.
 */
export function parseInstagramNetwork(input: NetworkInput): CaptureResult {
  return guardNetwork(input, INSTAGRAM_NETWORK_URL_RE, 'an Instagram feed or profile endpoint', (body) => {
    const result = parseMetaPayloads([body], {
      platform: 'instagram',
      url: instagramPostUrl,
      mediaCountIsPosts: true,
      pageHandle: input.page?.handle,
    });
    if (!result.posts.length && !result.profiles.length && (Array.isArray(body.errors) || body.status === 'fail')) {
      return emptyResult([{ kind: 'payloadNotUnderstood', detail: `error response (keys: ${shapeOf(body)})` }]);
    }
    return result;
  });
}
