import { isObj, shapeOf, type Obj } from './json';
import type { CaptureResult, NetworkInput } from '../platforms/types';
import { emptyResult } from '../platforms/types';

/**
 * The edge every network parser shares: only the platform's listed URLs, only JSON objects, and
 * never an exception into the page — a payload not understood becomes a health warning.
 */
export function guardNetwork(
  input: NetworkInput,
  urlRe: RegExp,
  what: string,
  parse: (body: Obj, url: string) => CaptureResult,
): CaptureResult {
  try {
    const { url, body } = input;
    if (typeof url === 'string' && url && !urlRe.test(url))
      return emptyResult([{ kind: 'payloadNotUnderstood', detail: `url not ${what}` }]);
    if (!isObj(body)) return emptyResult([{ kind: 'payloadNotUnderstood', detail: `not an object (${shapeOf(body)})` }]);
    return parse(body, url);
  } catch (err) {
    return emptyResult([{ kind: 'payloadNotUnderstood', detail: `parser error: ${String(err).slice(0, 120)}` }]);
  }
}
