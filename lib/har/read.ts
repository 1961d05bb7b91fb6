/**
 * Import a HAR file (DevTools → Network → "Save all as HAR (with content)"): every entry whose URL
 * a platform's definition accepts goes through that platform's own parsers, with the page context
 * from the HAR's pages and the request's Referer, and `capturedAt` = the entry's startedDateTime.
 *
 * The file is streamed (@streamparser/json: one entry in memory at a time) and read to the end
 * before anything is stored, so a file that turns out malformed changes nothing. Nothing but the
 * response bodies of accepted URLs is read: cookies, headers (other than the Referer, read for the
 * page address and dropped) and request bodies are never kept, stored or shown.
 */
import { JSONParser } from '@streamparser/json';
import type { CaptureBatch } from '../messaging/schemas';
import { LIMITS } from '../messaging/limits';
import { parseJsonBody } from '../parse-kit/json';
import { pageContextOf } from '../parse-kit/skips';
import { adapterForHost, type PlatformAdapter } from '../platforms/registry';
import type { CaptureResult, PlatformId, SkipReason } from '../platforms/types';

/** The largest HAR read (a day of heavy browsing saved with content is a few hundred MB). */
export const HAR_MAX_BYTES = 1024 * 1024 * 1024;

export type HarErrorCode = 'notHar' | 'tooLarge' | 'malformed' | 'noKnownEntries' | 'noContent' | 'nothingRead';
export class HarError extends Error {
  constructor(
    readonly code: HarErrorCode,
    detail: string = code,
  ) {
    super(detail);
  }
}

export interface HarPlatformSummary {
  /** Entries of this platform read. */
  entries: number;
  posts: number;
  profiles: number;
  /** Items seen and skipped, by reason. */
  skipped: Partial<Record<SkipReason, number>>;
  /** Entries of this platform's URLs with no body saved (a HAR saved without content). */
  noContent: number;
}

export interface HarRead {
  /** Ready for the single writer, oldest first. */
  batches: Array<Omit<CaptureBatch, 'batchId' | 'health'>>;
  summary: Partial<Record<PlatformId, HarPlatformSummary>>;
  entriesTotal: number;
}

interface HarEntry {
  pageref?: unknown;
  startedDateTime?: unknown;
  request?: { url?: unknown; headers?: unknown };
  response?: { content?: { text?: unknown; encoding?: unknown; mimeType?: unknown } };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function decodeBody(text: string, encoding: unknown): string {
  if (encoding !== 'base64') return text;
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

function refererOf(headers: unknown): string | undefined {
  if (!Array.isArray(headers)) return undefined;
  for (const h of headers)
    if (isObj(h) && typeof h.name === 'string' && h.name.toLowerCase() === 'referer' && typeof h.value === 'string') return h.value;
  return undefined;
}

const httpsUrl = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  try {
    return new URL(v).protocol === 'https:' ? v : undefined;
  } catch {
    return undefined;
  }
};

export interface ReadHarOptions {
  size: number;
  onProgress?(fraction: number): void;
  /** An HTML document from text (DOMParser in a page): lets a saved page's embedded JSON be read by the DOM parsers. */
  parseHtml?(html: string): ParentNode;
  /** Platforms switched off in Settings are not imported. */
  enabled?(platform: PlatformId): boolean;
}

/** Read a whole HAR from a byte stream; throws HarError when it is not one, too large, malformed or of no known platform. */
export async function readHar(chunks: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>, opts: ReadHarOptions): Promise<HarRead> {
  if (opts.size > HAR_MAX_BYTES) throw new HarError('tooLarge');
  const pages = new Map<string, string>();
  const seen = new Set<string>();
  const out: HarRead = { batches: [], summary: {}, entriesTotal: 0 };
  let sawLog = false;
  let sawEntries = false;
  const parser = new JSONParser({ paths: ['$.log.version', '$.log.pages.*', '$.log.entries.*'], keepStack: false });
  parser.onValue = ({ value, key, stack }) => {
    const parent = stack[stack.length - 1]?.key;
    if (key === 'version') return void (sawLog = true);
    if (parent === 'pages') {
      sawLog = true;
      if (isObj(value) && typeof value.id === 'string') {
        const url = httpsUrl(value.title);
        if (url) pages.set(value.id, url);
      }
      return;
    }
    if (parent === 'entries') {
      sawLog = sawEntries = true;
      out.entriesTotal++;
      readEntry(value, pages, out, opts, seen);
    }
  };
  let read = 0;
  try {
    const iterable: AsyncIterable<Uint8Array> =
      Symbol.asyncIterator in chunks ? (chunks as AsyncIterable<Uint8Array>) : readerIterable(chunks as ReadableStream<Uint8Array>);
    for await (const chunk of iterable) {
      parser.write(chunk);
      read += chunk.byteLength;
      if (read > HAR_MAX_BYTES) throw new HarError('tooLarge');
      opts.onProgress?.(opts.size ? Math.min(1, read / opts.size) : 0);
    }
    if (!parser.isEnded) parser.end();
  } catch (err) {
    if (err instanceof HarError) throw err;
    const code: HarErrorCode = sawLog ? 'malformed' : 'notHar';
    throw new HarError(code, String(err instanceof Error ? err.message : err).slice(0, 160));
  }
  if (!sawLog) throw new HarError('notHar');
  // A HAR with no entries, or none of a known platform (or of one switched on).
  if (!sawEntries || !Object.keys(out.summary).length) throw new HarError('noKnownEntries');
  if (!out.batches.length) {
    const noContent = Object.values(out.summary).some((p) => p && p.noContent > 0 && p.noContent === p.entries);
    throw new HarError(noContent ? 'noContent' : 'nothingRead');
  }
  out.batches.sort((a, b) => a.capturedAt - b.capturedAt);
  return out;
}

async function* readerIterable(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    if (value) yield value;
  }
}

function readEntry(raw: unknown, pages: Map<string, string>, out: HarRead, opts: ReadHarOptions, seen: Set<string>): void {
  if (!isObj(raw)) return;
  const entry = raw as HarEntry;
  const url = httpsUrl(entry.request?.url);
  if (!url) return;
  const adapter = adapterForHost(new URL(url).hostname);
  if (!adapter || (opts.enabled && !opts.enabled(adapter.id))) return;
  const content = entry.response?.content;
  const mime = typeof content?.mimeType === 'string' ? content.mimeType : '';
  const isApi = adapter.matchesNetworkUrl(url);
  const isPage = !isApi && /^text\/html/i.test(mime) && !!opts.parseHtml;
  if (!isApi && !isPage) return;
  const summary = (out.summary[adapter.id] ??= { entries: 0, posts: 0, profiles: 0, skipped: {}, noContent: 0 });
  summary.entries++;
  const capturedAt = typeof entry.startedDateTime === 'string' ? Date.parse(entry.startedDateTime) : NaN;
  if (typeof content?.text !== 'string' || !content.text || !Number.isFinite(capturedAt)) return void summary.noContent++;
  let result: CaptureResult;
  try {
    const text = decodeBody(content.text, content.encoding);
    const pageUrl =
      (typeof entry.pageref === 'string' ? pages.get(entry.pageref) : undefined) ?? httpsUrl(refererOf(entry.request?.headers)) ?? url;
    if (isApi) {
      result = adapter.parseNetwork({ url, body: parseJsonBody(text), page: pageContextOf(adapter, pageUrl), now: capturedAt });
    } else {
      result = adapter.parseDom(opts.parseHtml!(text), new URL(url));
    }
  } catch {
    // A body that is not JSON (or not decodable) is one unknown response, not a broken file.
    summary.skipped.unknownShape = (summary.skipped.unknownShape ?? 0) + 1;
    return;
  }
  addResult(adapter, result, capturedAt, summary, out, seen);
}

/** `seen`: posts and profiles already counted, so one seen on the page and again in a response is one. */
function addResult(
  adapter: PlatformAdapter,
  result: CaptureResult,
  capturedAt: number,
  summary: HarPlatformSummary,
  out: HarRead,
  seen: Set<string>,
): void {
  for (const p of result.posts) if (!seen.has(`${p.platform}:${p.postId}`) && seen.add(`${p.platform}:${p.postId}`)) summary.posts++;
  for (const p of result.profiles)
    if (!seen.has(`@${p.platform}:${p.handle.toLowerCase()}`) && seen.add(`@${p.platform}:${p.handle.toLowerCase()}`)) summary.profiles++;
  for (const [k, v] of Object.entries(result.stats?.skipped ?? {}) as Array<[SkipReason, number]>)
    summary.skipped[k] = (summary.skipped[k] ?? 0) + v;
  for (let i = 0; i < Math.max(result.posts.length, 1); i += LIMITS.postsPerBatch) {
    const posts = result.posts.slice(i, i + LIMITS.postsPerBatch);
    const profiles = i === 0 ? result.profiles.slice(0, LIMITS.profilesPerBatch) : [];
    const identities = i === 0 ? (result.identities ?? []) : [];
    if (!posts.length && !profiles.length && !identities.length) continue;
    out.batches.push({ platform: adapter.id, capturedAt, posts, profiles, ...(identities.length ? { identities } : {}) });
  }
}
