/**
 * Strip a HAR down to one platform's accepted responses, to use as a test fixture:
 *
 *   node --import tsx scripts/har-to-fixture.ts <in.har> <out.har> [--platform youtube]
 *
 * Kept per entry: the request URL (no query for the page's own document), method, startedDateTime,
 * pageref, the Referer, the response status and content (text, encoding, mimeType). Dropped:
 * cookies, every other header, request bodies, timings. Pages keep their id and title (the page
 * address, which is the page context). Only entries whose URL the platform's definition accepts
 * (matchesNetworkUrl, or an HTML page of the platform) are kept. Read the output before committing
 * it: response bodies hold whatever the platform sent (names, texts of the posts you saw).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { adapterForHost, PLATFORM_IDS } from '../lib/platforms/registry';
import type { PlatformId } from '../lib/platforms/types';

const [input, output, ...rest] = process.argv.slice(2);
const flag = rest.indexOf('--platform');
const only = flag >= 0 ? (rest[flag + 1] as PlatformId | undefined) : undefined;
if (!input || !output || (flag >= 0 && (!only || !PLATFORM_IDS.includes(only)))) {
  console.error(`usage: node --import tsx scripts/har-to-fixture.ts <in.har> <out.har> [--platform ${PLATFORM_IDS.join('|')}]`);
  process.exit(2);
}

interface Entry {
  pageref?: string;
  startedDateTime?: string;
  request?: { url?: string; method?: string; headers?: Array<{ name: string; value: string }> };
  response?: { status?: number; content?: { text?: string; encoding?: string; mimeType?: string } };
}
type Har = { log?: { pages?: Array<{ id: string; title: string; startedDateTime: string }>; entries?: Entry[] } };
let har: Har;
try {
  har = JSON.parse(readFileSync(input, 'utf8')) as Har;
} catch (err) {
  // One line, never the file: a HAR holds cookies and tokens, and a parse error would quote it.
  console.error(`${input}: not a HAR, or damaged (${err instanceof SyntaxError ? 'invalid or truncated JSON' : (err as Error).name})`);
  process.exit(1);
}
if (!Array.isArray(har?.log?.entries)) {
  console.error(`${input}: not a HAR (no log.entries)`);
  process.exit(1);
}

const kept: Entry[] = [];
const counts: Record<string, number> = {};
for (const e of har.log.entries!) {
  let url: URL;
  try {
    url = new URL(e.request?.url ?? '');
  } catch {
    continue;
  }
  const adapter = adapterForHost(url.hostname);
  if (!adapter || (only && adapter.id !== only)) continue;
  const api = adapter.matchesNetworkUrl(url.href);
  const page = !api && /^text\/html/i.test(e.response?.content?.mimeType ?? '');
  if (!api && !page) continue;
  const referer = e.request?.headers?.find((h) => h.name.toLowerCase() === 'referer');
  kept.push({
    ...(e.pageref ? { pageref: e.pageref } : {}),
    startedDateTime: e.startedDateTime,
    request: { method: e.request?.method ?? 'GET', url: url.href, headers: referer ? [{ name: 'Referer', value: referer.value }] : [] },
    response: {
      status: e.response?.status ?? 200,
      content: {
        mimeType: e.response?.content?.mimeType ?? '',
        ...(e.response?.content?.text !== undefined ? { text: e.response.content.text } : {}),
        ...(e.response?.content?.encoding ? { encoding: e.response.content.encoding } : {}),
      },
    },
  });
  counts[adapter.id] = (counts[adapter.id] ?? 0) + 1;
}
if (!kept.length) {
  console.error(
    `${input}: nothing kept: none of its ${har.log.entries.length} entries is a response ${only ?? 'a platform'} accepts (saved "with content"?)`,
  );
  process.exit(1);
}
const pagesUsed = new Set(kept.map((e) => e.pageref));
const out = {
  log: {
    version: '1.2',
    creator: { name: 'pantau har-to-fixture', version: '1' },
    pages: (har.log.pages ?? [])
      .filter((p) => pagesUsed.has(p.id))
      .map(({ id, title, startedDateTime }) => ({ id, title, startedDateTime })),
    entries: kept,
  },
};
writeFileSync(output, `${JSON.stringify(out, null, 1)}\n`);
console.log(
  `${output}: ${kept.length} of ${har.log.entries!.length} entries kept (${
    Object.entries(counts)
      .map(([p, n]) => `${p} ${n}`)
      .join(', ') || 'none'
  })`,
);
