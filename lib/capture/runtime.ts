import type { Result } from '../messaging/protocol';
import type { BadgeData } from '../messaging/protocol';
import type { CaptureBatch } from '../messaging/schemas';
import { renderBadge } from './badge-render';
import { bridgeMessageSchema } from './bridge-schema';
import { LIMITS, postBytes } from '../messaging/limits';
import { BRIDGE_SOURCE } from './bridge';
import type { AccountIdentity, CapturedPost, CapturedProfile, CaptureResult, SkipReason } from '../platforms/types';
import type { VisitReport } from '../messaging/schemas';
import { endpointOf, pageContextOf } from '../parse-kit/skips';
import type { PlatformAdapter } from '../platforms/registry';
import { BoundedMap } from './bounded-map';

/**
 * The one host interface of the capture engine: how a content script sends to the background,
 * learns it was unloaded, and (optionally) asks for badges and whether capture is switched on.
 */
export interface CaptureHost {
  send(batch: CaptureBatch): Promise<Result<{ stored: number }>>;
  onInvalidated(cb: () => void): void;
  /** Badge data for posts on screen (watched accounts only); absent where badges are not shown. */
  getBadges?(postIds: string[]): Promise<BadgeData[]>;
  /** Whether capture is switched on for this platform (settings); absent means on. */
  isEnabled?(): Promise<boolean>;
  now?: () => number;
  /** The tab's address (the page context of every response); defaults to location.href. */
  pageUrl?: () => string;
}

const MAX_VISIT_RESPONSES = 50;
const MAX_VISIT_WARNINGS = 10;
const MAX_VISIT_SAMPLES = 3;

/** What this tab's visit saw since the last batch (sent with it, then started afresh). */
function emptyVisit(): Omit<VisitReport, 'id' | 'pageUrl'> {
  return { responses: [], profiles: [], warnings: [], samples: [] };
}

/** The post id an on-screen post element stands for: what the platform reads off the element itself, or its first link to a post. */
export function postIdOfElement(adapter: PlatformAdapter, el: Element, base: string): string | undefined {
  const own = adapter.postIdOfElement?.(el);
  if (own) return own;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    try {
      const post = adapter.postFromUrl(new URL(a.getAttribute('href')!, base));
      if (post) return post.postId;
    } catch {
      // not a URL
    }
  }
  return undefined;
}

const FLUSH_MS = 400;
const DOM_SCAN_MS = 300;
/** Same post with the same counters is not resent within this window (the writer's interval). */
const RESEND_AFTER_MS = 60 * 60 * 1000;
const DEDUPE_ENTRIES = 5000;
const MAX_PENDING_BATCHES = 200;
/** Batches sent and not yet acknowledged at once. */
const MAX_IN_FLIGHT = 2;
/** Bridge messages accepted per second; a flood beyond this is dropped and counted. */
const BRIDGE_RATE_PER_SEC = 50;

import { parseJsonBody } from '../parse-kit/json';

const emptyDelta = () => ({
  /** Bridge messages refused: over the rate limit, malformed or oversized (a hostile page's flood). */
  messagesDropped: 0,
  payloadsNotUnderstood: 0,
  selectorMisses: 0,
  pagesWithPosts: 0,
  lastProblem: undefined as string | undefined,
  samples: [] as string[],
  seen: 0,
  kept: 0,
});

/**
 * Everything a platform's content script shares: listen to the MAIN-world hook, observe the DOM,
 * de-duplicate with bounded memory, batch, send to the background, retry until acknowledged,
 * and count health. Adapter code stays pure; this is the only stateful part.
 */
export class CaptureRuntime {
  private readonly seen = new BoundedMap<string, { sig: string; at: number }>(DEDUPE_ENTRIES);
  private readonly fromNetwork = new BoundedMap<string, true>(DEDUPE_ENTRIES);
  private posts: CapturedPost[] = [];
  private profiles: CapturedProfile[] = [];
  private health = emptyDelta();
  private readonly countedRoutes = new BoundedMap<string, true>(500);
  private pending: CaptureBatch[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = 1000;
  private readonly inFlight = new Set<CaptureBatch>();
  private lastScan = { route: '', misses: 0 };
  private stopped = false;
  private bridgeWindowStart = 0;
  private bridgeCount = 0;
  private batchSeq = 0;
  private readonly now: () => number;
  private readonly pageUrl: () => string;
  /** One page load: the inspector's "this visit". */
  private readonly visitId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  private visit = emptyVisit();
  private visitDirty = false;
  private identities = new Map<string, AccountIdentity>();

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly host: CaptureHost,
  ) {
    this.now = host.now ?? Date.now;
    this.pageUrl = host.pageUrl ?? (() => (typeof location === 'undefined' ? '' : location.href));
  }

  /**
   * Count a parse for coverage and the inspector: its endpoint (no query, no ids or handles), what
   * it kept and skipped, the profiles it read, its warnings, and a sample of what it did not understand.
   */
  private note(
    endpointUrl: string | undefined,
    result: CaptureResult,
    extraSkips: Partial<Record<SkipReason, number>> = {},
    kept?: number,
  ): void {
    const stats = result.stats ?? { seen: result.posts.length, kept: result.posts.length, skipped: {} };
    const skipped = { ...stats.skipped };
    for (const [k, v] of Object.entries(extraSkips) as Array<[SkipReason, number]>) skipped[k] = (skipped[k] ?? 0) + v;
    const keptN = kept ?? stats.kept;
    const seen = keptN + Object.values(skipped).reduce((a, b) => a + (b ?? 0), 0);
    this.health.seen += seen;
    this.health.kept += keptN;
    for (const i of result.identities ?? [])
      if (!this.identities.has(i.handle.toLowerCase())) this.identities.set(i.handle.toLowerCase(), i);
    const warnings = (result.warnings ?? []).filter((w) => w.kind === 'payloadNotUnderstood');
    if (endpointUrl === undefined && !seen && !warnings.length && !result.profiles.length) return;
    // Handles and ids of this response are hidden from its endpoint name, like any id-looking segment.
    const hide = new Set<string>();
    for (const p of result.posts) hide.add(p.authorHandle.toLowerCase()).add(p.postId.toLowerCase());
    for (const p of result.profiles) hide.add(p.handle.toLowerCase());
    const endpoint = endpointUrl === undefined ? 'page' : endpointOf(endpointUrl, hide);
    const v = this.visit;
    v.responses.push({ endpoint, at: this.now(), seen, kept: keptN, skipped });
    if (v.responses.length > MAX_VISIT_RESPONSES) v.responses.splice(0, v.responses.length - MAX_VISIT_RESPONSES);
    for (const p of result.profiles) if (!v.profiles.includes(p.handle) && v.profiles.length < 50) v.profiles.push(p.handle);
    for (const w of warnings) if (v.warnings.length < MAX_VISIT_WARNINGS) v.warnings.push(w.detail.slice(0, 200));
    for (const sample of stats.samples ?? [])
      if (v.samples.length < MAX_VISIT_SAMPLES) v.samples.push({ endpoint, reason: sample.reason, shape: sample.shape.slice(0, 4000) });
    for (const w of warnings)
      if (w.kind === 'payloadNotUnderstood' && w.shape && v.samples.length < MAX_VISIT_SAMPLES)
        v.samples.push({ endpoint, reason: 'notUnderstood', shape: w.shape.slice(0, 4000) });
    this.visitDirty = true;
    this.scheduleFlush();
  }

  /** A message from the MAIN-world hook. Untrusted: checked, rate-limited, parsed. */
  onBridgeMessage(data: unknown): void {
    if (typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== BRIDGE_SOURCE) return;
    const t = this.now();
    if (t - this.bridgeWindowStart >= 1000) {
      this.bridgeWindowStart = t;
      this.bridgeCount = 0;
    }
    const msg = ++this.bridgeCount > BRIDGE_RATE_PER_SEC ? undefined : bridgeMessageSchema.safeParse(data);
    if (!msg?.success) {
      // Counted, not parsed: O(1) per message, so a flood cannot freeze the page or the worker.
      this.health.messagesDropped++;
      this.scheduleFlush();
      return;
    }
    if (!this.adapter.matchesNetworkUrl(msg.data.url)) return;
    let body: unknown;
    try {
      body = parseJsonBody(msg.data.body);
    } catch {
      this.problem('payloadNotUnderstood', 'response is not JSON');
      this.note(msg.data.url, { posts: [], profiles: [], warnings: [{ kind: 'payloadNotUnderstood', detail: 'response is not JSON' }] });
      return;
    }
    const page = pageContextOf(this.adapter, this.pageUrl());
    const result = this.adapter.parseNetwork({ url: msg.data.url, body, page, now: t });
    for (const p of result.posts) this.fromNetwork.set(`${p.postId}`, true);
    this.note(msg.data.url, result);
    this.accept(result);
  }

  /** Parse what the DOM shows now; posts the network path already delivered are skipped. */
  scanDom(root: ParentNode, url: URL): void {
    // Posts the network path delivered are not read again (and would be dropped below anyway).
    const result = this.adapter.parseDom(root, url, (postId) => this.fromNetwork.has(postId));
    // Every scan re-reads the posts on screen: count only misses beyond the last scan of this
    // route, so one broken element is one miss, not one per scan.
    const misses = (result.warnings ?? []).filter((w) => w.kind === 'selectorMiss');
    const route = url.href;
    const fresh = route === this.lastScan.route ? Math.max(0, misses.length - this.lastScan.misses) : misses.length;
    this.lastScan = { route, misses: misses.length };
    const warnings = [...(result.warnings ?? []).filter((w) => w.kind !== 'selectorMiss'), ...misses.slice(0, fresh)];
    const posts = result.posts.filter((p) => !this.fromNetwork.has(p.postId));
    // Coverage from the page itself: posts read for the first time, and post elements not readable (fresh misses).
    const firstSeen = posts.filter((p) => !this.seen.has(p.postId)).length;
    // A rescan that found nothing new is not news (the page is rescanned on every mutation).
    if (firstSeen || fresh)
      this.note(undefined, { ...result, posts, warnings, stats: undefined }, fresh ? { unknownShape: fresh } : {}, firstSeen);
    this.accept({ ...result, warnings, posts });
  }

  private problem(kind: 'payloadNotUnderstood' | 'selectorMiss', detail: string) {
    if (kind === 'payloadNotUnderstood') {
      this.health.payloadsNotUnderstood++;
      if (this.health.samples.length < 5) this.health.samples.push(detail.slice(0, 200));
    } else this.health.selectorMisses++;
    this.health.lastProblem = `${kind}: ${detail}`.slice(0, 200);
    this.scheduleFlush();
  }

  /** A route that shows post-like elements, counted once, so health can tell "seen, not parsed". */
  countPageWithPosts(route: string): void {
    if (this.countedRoutes.has(route)) return;
    this.countedRoutes.set(route, true);
    this.health.pagesWithPosts++;
    this.scheduleFlush();
  }

  accept(result: CaptureResult): void {
    if (this.stopped) return;
    for (const w of result.warnings ?? []) this.problem(w.kind, w.detail);
    const t = this.now();
    for (const p of result.posts) {
      const key = `${p.postId}`;
      const sig = JSON.stringify([p.metrics, p.text.length, p.approximate ?? null]);
      const prev = this.seen.get(key);
      if (prev && prev.sig === sig && t - prev.at < RESEND_AFTER_MS) continue;
      this.seen.set(key, { sig, at: t });
      this.posts.push(p);
    }
    for (const p of result.profiles) {
      const key = `@${p.handle.toLowerCase()}`;
      const sig = JSON.stringify([p.followers, p.following, p.posts]);
      const prev = this.seen.get(key);
      if (prev && prev.sig === sig && t - prev.at < RESEND_AFTER_MS) continue;
      this.seen.set(key, { sig, at: t });
      this.profiles.push(p);
    }
    this.maybeFlush();
  }

  /**
   * Adaptive batching: when the background is idle, send at once (low latency); while batches are
   * in flight, let rows accumulate into the next, larger batch (high throughput).
   */
  private maybeFlush(): void {
    if (!this.posts.length && !this.profiles.length) return;
    if (this.posts.length >= LIMITS.postsPerBatch || (this.inFlight.size === 0 && this.retryTimer === undefined)) this.flush();
    else this.scheduleFlush();
  }

  private scheduleFlush() {
    if (this.stopped) return;
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Cut the buffer into batches and send them. */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const capturedAt = this.now();
    const h = () => this.health;
    while (
      this.posts.length ||
      this.profiles.length ||
      this.visitDirty ||
      this.identities.size ||
      h().seen ||
      h().payloadsNotUnderstood ||
      h().selectorMisses ||
      h().pagesWithPosts ||
      h().messagesDropped
    ) {
      // Up to postsPerBatch posts, and under the byte cap (a page of long posts goes in several batches).
      let bytes = 0;
      let n = 0;
      while (n < this.posts.length && n < LIMITS.postsPerBatch && (n === 0 || bytes + postBytes(this.posts[n]) <= LIMITS.batchJsonBytes))
        bytes += postBytes(this.posts[n++]);
      const posts = this.posts.splice(0, n);
      const profiles = this.profiles.splice(0, LIMITS.profilesPerBatch);
      const { payloadsNotUnderstood, selectorMisses, pagesWithPosts, messagesDropped, lastProblem, samples, seen, kept } = this.health;
      this.health = emptyDelta();
      const identities = [...this.identities.values()].slice(0, LIMITS.profilesPerBatch);
      this.identities = new Map();
      const pageUrl = this.pageUrl();
      const visit: VisitReport | undefined =
        this.visitDirty && /^https:\/\//.test(pageUrl)
          ? { id: this.visitId, pageUrl: pageUrl.slice(0, LIMITS.urlChars), ...this.visit }
          : undefined;
      this.visit = emptyVisit();
      this.visitDirty = false;
      this.pending.push({
        batchId: `${capturedAt.toString(36)}-${(this.batchSeq++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
        platform: this.adapter.id,
        capturedAt,
        posts,
        profiles,
        health: {
          payloadsNotUnderstood,
          selectorMisses,
          pagesWithPosts,
          ...(messagesDropped ? { messagesDropped } : {}),
          ...(lastProblem ? { lastProblem } : {}),
          ...(samples.length ? { samples } : {}),
          ...(seen ? { seen, kept } : {}),
        },
        ...(identities.length ? { identities } : {}),
        ...(visit ? { visit } : {}),
      });
    }
    if (this.pending.length > MAX_PENDING_BATCHES) this.pending.splice(0, this.pending.length - MAX_PENDING_BATCHES);
    this.drain();
  }

  /**
   * Send pending batches, a few at a time, so the background validates the next batch while the
   * previous one commits. A batch leaves the queue only when the background acknowledged it;
   * order does not matter because upserts are keyed and idempotent.
   */
  private drain(): void {
    if (this.stopped && !this.pending.length) return;
    for (const batch of this.pending) {
      if (this.inFlight.size >= MAX_IN_FLIGHT || this.retryTimer !== undefined) return;
      if (this.inFlight.has(batch)) continue;
      this.inFlight.add(batch);
      void this.sendOne(batch);
    }
  }

  private async sendOne(batch: CaptureBatch): Promise<void> {
    let res: Result<{ stored: number }> | undefined;
    try {
      res = await this.host.send(batch);
    } catch {
      res = undefined; // worker restarting or unreachable: retry
    }
    this.inFlight.delete(batch);
    if (res && (res.ok || res.error === 'invalidInput' || res.error === 'forbidden')) {
      // Stored, or refused for good (retrying cannot help).
      const i = this.pending.indexOf(batch);
      if (i >= 0) this.pending.splice(i, 1);
      this.retryDelay = 1000;
    } else if (this.retryTimer === undefined) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.drain();
      }, this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, 30_000);
    }
    this.drain();
    if (this.inFlight.size === 0) this.maybeFlush();
  }

  /** Whether this script parsed a post with this id (and still remembers it). */
  parsed(postId: string): boolean {
    return this.seen.has(postId);
  }

  get pendingBatches(): number {
    return this.pending.length;
  }

  stop(): void {
    clearTimeout(this.flushTimer);
    clearTimeout(this.retryTimer);
    this.flushTimer = undefined;
    this.stopped = true;
  }
}

/**
 * Start capture for one platform in a content script: the bridge listener, a MutationObserver
 * that rescans (debounced) when posts appear or the SPA navigates, and cleanup on unload.
 */
export function runPlatform(
  adapter: PlatformAdapter,
  host: CaptureHost,
  win: Window = window,
): { runtime: CaptureRuntime; dispose(discard?: boolean): void } {
  const runtime = new CaptureRuntime(adapter, host);
  const onMessage = (e: MessageEvent) => {
    if (e.source === win) runtime.onBridgeMessage(e.data);
  };
  win.addEventListener('message', onMessage);

  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const asked = new BoundedMap<string, number>(2000);
  const badge = async () => {
    if (!host.getBadges) return;
    const now = Date.now();
    const byId = new Map<string, HTMLElement>();
    for (const el of Array.from(win.document.querySelectorAll<HTMLElement>(adapter.postSelector))) {
      const id = postIdOfElement(adapter, el, win.location.href);
      if (id && !byId.has(id)) byId.set(id, el);
    }
    // Only posts this script itself parsed (from the page's data or its post elements), not any
    // element with a post link: a page planting links to guessed handles learns nothing. Ask again
    // for a post at most every minute (its numbers may have moved).
    const ids = [...byId.keys()].filter((id) => runtime.parsed(id) && now - (asked.get(id) ?? 0) > 60_000).slice(0, 100);
    if (!ids.length) return;
    for (const id of ids) asked.set(id, now);
    const lang = win.document.documentElement.getAttribute('lang') || 'en';
    for (const b of await host.getBadges(ids)) {
      const el = byId.get(b.postId);
      if (el?.isConnected) renderBadge(el, b, lang);
    }
  };
  const scan = () => {
    scanTimer = undefined;
    try {
      const url = new URL(win.location.href);
      runtime.scanDom(win.document, url);
      if (win.document.querySelector(adapter.postSelector)) runtime.countPageWithPosts(url.pathname);
      // Badges come after the batch that may have stored these posts.
      setTimeout(() => void badge().catch(() => undefined), 800);
    } catch {
      /* never into the page */
    }
  };
  const scheduleScan = () => {
    scanTimer ??= setTimeout(scan, DOM_SCAN_MS);
  };
  let lastHref = win.location.href;
  const observer = new MutationObserver((records) => {
    // X navigates with pushState (no popstate): a changed URL re-arms a scan of the new route.
    if (win.location.href !== lastHref) {
      lastHref = win.location.href;
      scheduleScan();
      return;
    }
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && ((n as Element).matches(adapter.postSelector) || (n as Element).querySelector(adapter.postSelector))) {
          scheduleScan();
          return;
        }
      }
    }
  });
  const start = () => {
    observer.observe(win.document.documentElement, { childList: true, subtree: true });
    scheduleScan();
  };
  if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  // SPA navigation: the observer keeps running across route changes; back/forward and pushState
  // (seen by the observer above) trigger a rescan of whatever the new route shows.
  win.addEventListener('popstate', scheduleScan);

  const dispose = (discard = false) => {
    win.removeEventListener('message', onMessage);
    win.removeEventListener('popstate', scheduleScan);
    observer.disconnect();
    clearTimeout(scanTimer);
    if (!discard) runtime.flush();
    runtime.stop();
  };
  host.onInvalidated(() => dispose());
  return { runtime, dispose };
}
