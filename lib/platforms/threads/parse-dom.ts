import { collect, docOf } from '../../parse-kit/dom';
import { parseEmbeddedJson } from '../../parse-kit/meta';
import type { CaptureResult } from '../types';
import { emptyResult } from '../types';
import { dom } from './selectors';
import { threadsPostUrl } from './parse-network';

/**
 * Threads renders from JSON embedded in the page (script[data-sjs]); reading that JSON is the
 * DOM path. A page showing post links with no readable JSON is reported as a selector miss.
 */
export function parseThreadsDom(root: ParentNode, _url: URL): CaptureResult {
  try {
    const doc = docOf(root) ?? root;
    const result = parseEmbeddedJson(doc, { platform: 'threads', url: threadsPostUrl });
    if (!result.posts.length && collect(root, dom.post).length > 0) {
      return {
        ...result,
        warnings: [...(result.warnings ?? []), { kind: 'selectorMiss', detail: 'threads posts on screen but no embedded post data' }],
      };
    }
    return result;
  } catch (err) {
    return emptyResult([{ kind: 'selectorMiss', detail: `dom parser error: ${String(err).slice(0, 120)}` }]);
  }
}
