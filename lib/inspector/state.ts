/**
 * The "On this page" inspector's state for one tab, and the problem report built from it. Pure:
 * the background (the single writer) folds each batch's visit report in; the side panel reads it.
 */
import type { VisitReport } from '../messaging/schemas';
import type { PlatformId, SkipReason } from '../platforms/types';

export interface SeenResponse {
  endpoint: string;
  at: number;
  seen: number;
  kept: number;
  skipped: Partial<Record<SkipReason, number>>;
}

export interface InspectorState {
  visitId: string;
  platform: PlatformId;
  pageUrl: string;
  startedAt: number;
  updatedAt: number;
  /** Newest first. */
  responses: SeenResponse[];
  totals: { seen: number; kept: number; skipped: Partial<Record<SkipReason, number>> };
  profiles: string[];
  /** Newest first. */
  warnings: Array<{ at: number; text: string }>;
  samples: VisitReport['samples'];
  /** Posts stored from this tab in this visit, newest first: [postId, capturedAt]. */
  posts: Array<[string, number]>;
}

const MAX_RESPONSES = 40;
const MAX_POSTS = 300;
const MAX_WARNINGS = 10;
const MAX_SAMPLES = 5;
const MAX_PROFILES = 30;

/** Fold one batch's visit report (and the posts it stored) into a tab's state; a new visit starts afresh. */
export function applyVisit(
  prev: InspectorState | undefined,
  platform: PlatformId,
  visit: VisitReport,
  storedPostIds: readonly string[],
  now: number,
): InspectorState {
  const base: InspectorState =
    prev && prev.visitId === visit.id && prev.platform === platform
      ? prev
      : {
          visitId: visit.id,
          platform,
          pageUrl: visit.pageUrl,
          startedAt: now,
          updatedAt: now,
          responses: [],
          totals: { seen: 0, kept: 0, skipped: {} },
          profiles: [],
          warnings: [],
          samples: [],
          posts: [],
        };
  const totals = { seen: base.totals.seen, kept: base.totals.kept, skipped: { ...base.totals.skipped } };
  for (const r of visit.responses) {
    totals.seen += r.seen;
    totals.kept += r.kept;
    for (const [k, v] of Object.entries(r.skipped) as Array<[SkipReason, number]>) totals.skipped[k] = (totals.skipped[k] ?? 0) + v;
  }
  const known = new Set(base.posts.map(([id]) => id));
  const fresh = storedPostIds.filter((id) => !known.has(id) && known.add(id)).map((id): [string, number] => [id, now]);
  return {
    ...base,
    pageUrl: visit.pageUrl,
    updatedAt: now,
    responses: [...[...visit.responses].reverse(), ...base.responses].slice(0, MAX_RESPONSES),
    totals,
    profiles: [...new Set([...visit.profiles, ...base.profiles])].slice(0, MAX_PROFILES),
    warnings: [...visit.warnings.map((text) => ({ at: now, text })), ...base.warnings].slice(0, MAX_WARNINGS),
    samples: [...base.samples, ...visit.samples].slice(-MAX_SAMPLES),
    posts: [...fresh.reverse(), ...base.posts].slice(0, MAX_POSTS),
  };
}

/** Kept ÷ seen, or undefined when nothing was seen. */
export const coverageRatio = (t: { seen: number; kept: number }) => (t.seen ? t.kept / t.seen : undefined);

/**
 * "Report a capture problem": what was not understood on this page, as keys and value types only.
 * It carries the platform, the endpoints (names only: no query, and id- or handle-looking segments
 * replaced), their counts, the sanitised samples and the extension version; never the page's
 * address, text, ids, handles, the profiles read or the posts.
 */
export interface ProblemReport {
  format: 'pantau-capture-problem/1';
  extensionVersion: string;
  platform: PlatformId;
  /** The day (UTC), not the time. */
  date: string;
  endpoints: Array<{ endpoint: string; responses: number; seen: number; kept: number; skipped: Partial<Record<SkipReason, number>> }>;
  samples: Array<{ endpoint: string; reason: string; shape: unknown }>;
}

export function problemReport(state: InspectorState, extensionVersion: string, now: number): ProblemReport {
  const byEndpoint = new Map<string, ProblemReport['endpoints'][number]>();
  for (const r of state.responses) {
    const e = byEndpoint.get(r.endpoint) ?? { endpoint: r.endpoint, responses: 0, seen: 0, kept: 0, skipped: {} };
    e.responses++;
    e.seen += r.seen;
    e.kept += r.kept;
    for (const [k, v] of Object.entries(r.skipped) as Array<[SkipReason, number]>) e.skipped[k] = (e.skipped[k] ?? 0) + v;
    byEndpoint.set(r.endpoint, e);
  }
  return {
    format: 'pantau-capture-problem/1',
    extensionVersion,
    platform: state.platform,
    date: new Date(now).toISOString().slice(0, 10),
    endpoints: [...byEndpoint.values()],
    samples: state.samples.map((s) => ({ endpoint: s.endpoint, reason: s.reason, shape: parseShape(s.shape) })),
  };
}

function parseShape(shape: string): unknown {
  try {
    return JSON.parse(shape) as unknown;
  } catch {
    return 'unreadable';
  }
}
