import { collect, docOf, pageLang } from '../../parse-kit/dom';
import type { CaptureResult } from '../types';
import { emptyResult } from '../types';
import { parseYoutubePayloads } from './parse-network';
import { dom } from './selectors';

const cache = new WeakMap<Element, unknown[]>();

/** The JSON a YouTube page assigns in inline scripts: var ytInitialData = {…}; */
function initialData(doc: ParentNode): unknown[] {
  const out: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll(dom.scripts))) {
    let found = cache.get(script);
    if (!found) {
      found = [];
      const text = script.textContent ?? '';
      for (const name of ['ytInitialData', 'ytInitialPlayerResponse']) {
        const start = text.indexOf(`${name} = `);
        if (start < 0) continue;
        const json = text.slice(start + name.length + 3).replace(/;\s*(?:var meta[\s\S]*)?$/, '');
        try {
          found.push(JSON.parse(json));
        } catch {
          // not the assignment we know
        }
      }
      cache.set(script, found);
    }
    out.push(...found);
  }
  return out;
}

/**
 * YouTube renders from ytInitialData in the page (later pages come from youtubei/v1, the network
 * path). Reading that JSON is the DOM path; video tiles with no readable data are a selector miss.
 */
export function parseYoutubeDom(root: ParentNode, _url: URL, pageHandle?: string, now = Date.now()): CaptureResult {
  try {
    const doc = docOf(root) ?? root;
    const data = initialData(doc);
    const result = parseYoutubePayloads(data, pageLang(doc), pageHandle, now);
    if (!data.length && collect(root, dom.post).length > 0) {
      return { ...result, warnings: [{ kind: 'selectorMiss', detail: 'youtube videos on screen but no ytInitialData' }] };
    }
    return result;
  } catch (err) {
    return emptyResult([{ kind: 'selectorMiss', detail: `dom parser error: ${String(err).slice(0, 120)}` }]);
  }
}
