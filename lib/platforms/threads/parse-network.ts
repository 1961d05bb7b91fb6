import { shapeOf } from '../../parse-kit/json';
import { parseMetaPayloads } from '../../parse-kit/meta';
import type { CaptureResult, NetworkInput } from '../types';
import { emptyResult } from '../types';
import { guardNetwork } from '../../parse-kit/network-guard';
import { THREADS_NETWORK_URL_RE } from './selectors';

export const threadsPostUrl = (handle: string, code: string) => `https://www.threads.com/@${handle}/post/${code}`;

/** Threads GraphQL: posts anywhere as media objects (feed, thread, search, quoted posts). */
export function parseThreadsNetwork(input: NetworkInput): CaptureResult {
  return guardNetwork(input, THREADS_NETWORK_URL_RE, 'Threads GraphQL', (body) => {
    const result = parseMetaPayloads([body], { platform: 'threads', url: threadsPostUrl, pageHandle: input.page?.handle });
    // Threads' GraphQL also serves settings, notifications, etc.: nothing to read there is normal,
    // unless the response is an error.
    if (!result.posts.length && !result.profiles.length && Array.isArray(body.errors)) {
      return emptyResult([{ kind: 'payloadNotUnderstood', detail: `errors only (keys: ${shapeOf(body)})` }]);
    }
    return result;
  });
}
