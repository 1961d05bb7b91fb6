/**
 * What a parser could not keep, and a shape of it that is safe to hand to anyone: the counts behind
 * coverage (kept ÷ seen) and the samples behind "Report a capture problem". Pure; never throws.
 */
import type {
  AccountIdentity,
  CapturedPost,
  CapturedProfile,
  CaptureResult,
  CaptureWarning,
  PageContext,
  SkipReason,
  SkipSample,
  SkipTally,
} from '../platforms/types';
import { isObj } from './json';

const SAMPLES_PER_REASON = 1;
const MAX_SAMPLES = 3;

/** A parser's record of the post-like items it skipped, with a reason each. */
export class Skips {
  private readonly counts: Partial<Record<SkipReason, number>> = {};
  private readonly samples: SkipSample[] = [];

  /** One item skipped. `item` is shaped (sanitised) only for the first few, so a flood costs a count. */
  add(reason: SkipReason, item?: unknown): void {
    this.counts[reason] = (this.counts[reason] ?? 0) + 1;
    if (item === undefined || this.samples.length >= MAX_SAMPLES) return;
    if (this.samples.filter((s) => s.reason === reason).length >= SAMPLES_PER_REASON) return;
    this.samples.push({ reason, shape: sanitisedShape(item) });
  }

  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + (b ?? 0), 0);
  }

  /** For a CaptureResult: undefined when nothing was skipped. */
  tally(): SkipTally | undefined {
    return this.total ? { counts: { ...this.counts }, samples: [...this.samples] } : undefined;
  }
}

/** Two tallies as one (a response parsed in parts). */
export function mergeTallies(a: SkipTally | undefined, b: SkipTally | undefined): SkipTally | undefined {
  if (!a) return b;
  if (!b) return a;
  const counts = { ...a.counts };
  for (const [k, v] of Object.entries(b.counts) as Array<[SkipReason, number]>) counts[k] = (counts[k] ?? 0) + v;
  return { counts, samples: [...a.samples, ...b.samples].slice(0, MAX_SAMPLES) };
}

/** What a parser collected, as a result: posts, profiles, the forms of accounts, warnings and skips. */
export function collected(parts: {
  posts: Iterable<CapturedPost>;
  profiles: Iterable<CapturedProfile>;
  identities?: Iterable<AccountIdentity>;
  warnings: CaptureWarning[];
  skips: Skips;
}): CaptureResult {
  const identities = [...(parts.identities ?? [])];
  return withSkips(
    {
      posts: [...parts.posts],
      profiles: [...parts.profiles],
      ...(identities.length ? { identities } : {}),
      ...(parts.warnings.length ? { warnings: parts.warnings } : {}),
    },
    parts.skips,
  );
}

/** A result with the skips of its parse attached. */
export const withSkips = (result: CaptureResult, skips: Skips): CaptureResult => {
  const tally = mergeTallies(result.skipped, skips.tally());
  return tally ? { ...result, skipped: tally } : result;
};

const KEY = /^[A-Za-z_$][\w$]{0,47}$/;
const MAX_DEPTH = 6;
const MAX_KEYS = 40;
const MAX_CHARS = 4000;
const VALUE_SCAN = 5000;

/** Every string value in a tree (lower-cased), so a key spelling one of them (an id, a handle used as a key) is hidden too. */
function stringValues(root: unknown): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [root];
  let n = 0;
  while (stack.length && n++ < VALUE_SCAN) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.length >= 2) out.add(v.toLowerCase());
    } else if (Array.isArray(v)) stack.push(...v.slice(0, 50));
    else if (isObj(v)) stack.push(...Object.values(v).slice(0, MAX_KEYS));
  }
  return out;
}

const digits = (n: number) => (Number.isFinite(n) ? String(Math.trunc(Math.abs(n))).length : 0);

function shape(v: unknown, depth: number, values: Set<string>): unknown {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return `number:${digits(v)}`;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v !== 'object') return typeof v;
  if (depth >= MAX_DEPTH) return Array.isArray(v) ? 'array' : 'object';
  if (Array.isArray(v)) return v.length ? [`array:${digits(v.length)}`, shape(v[0], depth + 1, values)] : ['array:0'];
  const out: Record<string, unknown> = {};
  let hidden = 0;
  const keys = Object.keys(v);
  for (const k of keys.slice(0, MAX_KEYS)) {
    // A key is schema, not content, only when it reads like a field name: no id-like digit runs, and
    // not one of the item's own values.
    const safe = KEY.test(k) && !/\d{3,}/.test(k) && !values.has(k.toLowerCase());
    if (safe) out[k] = shape((v as Record<string, unknown>)[k], depth + 1, values);
    else if (hidden++ === 0) out['‹key›'] = shape((v as Record<string, unknown>)[k], depth + 1, values);
  }
  if (hidden > 1) out['‹keys hidden›'] = `number:${digits(hidden)}`;
  if (keys.length > MAX_KEYS) out['‹more keys›'] = `number:${digits(keys.length - MAX_KEYS)}`;
  return out;
}

/**
 * The shape of a JSON value with nothing of its content: object keys (a key that looks like an id
 * or equals one of the values is hidden), value types, numbers reduced to their digit count
 * (`number:5`), arrays as their length's digit count and their first item. Never longer than 4,000
 * characters: deeper levels are dropped until it fits.
 */
export function sanitisedShape(value: unknown): string {
  const values = stringValues(value);
  for (let cut = 0; cut < MAX_DEPTH; cut++) {
    let text: string;
    try {
      text = JSON.stringify(shape(value, cut, values));
    } catch {
      return '"unreadable"';
    }
    if (text.length <= MAX_CHARS) return text;
  }
  return JSON.stringify(Array.isArray(value) ? 'array' : typeof value);
}

/**
 * A network or API path as an endpoint name, never with its query: segments that look like ids
 * (digit runs, long tokens) become ":id". `hide` are strings (handles, ids) also replaced.
 */
export function endpointOf(url: string, hide: ReadonlySet<string> = new Set()): string {
  let path: string;
  try {
    path = new URL(url, 'https://invalid.example').pathname;
  } catch {
    return '?';
  }
  return (
    path
      .split('/')
      .map((seg) => {
        if (!seg) return seg;
        const s = decodeURIComponentSafe(seg);
        // A hash-like token (X's query ids) has digits among its letters; an operation name has none.
        const token = /^[A-Za-z0-9_-]{16,}$/.test(s) && /\d/.test(s);
        if (hide.has(s.toLowerCase()) || /\d{3,}/.test(s) || s.length > 40 || token || s.startsWith('@')) return ':id';
        return s.replace(/[^\w.:-]/g, '');
      })
      .join('/')
      .slice(0, 120) || '/'
  );
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** What a page is about, from its URL alone, by a platform's own URL readers. */
export function pageContextOf(
  def: { profileFromUrl(url: URL): string | undefined; postFromUrl(url: URL): { postId: string; handle?: string } | undefined },
  href: string,
): PageContext {
  try {
    const url = new URL(href);
    const post = def.postFromUrl(url);
    // Only a profile page names whose items are on it: on a post page, replies are other people's.
    const handle = post ? undefined : def.profileFromUrl(url);
    return { url: href, ...(handle ? { handle } : {}), ...(post ? { postId: post.postId } : {}) };
  } catch {
    return { url: href };
  }
}
