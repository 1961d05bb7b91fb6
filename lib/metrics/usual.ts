import { mad, median } from './stats';
import { engagementAtAge, HOUR_MS, type AgedSample } from './velocity';

/**
 * "N× its usual": the one definition every view uses (the badge, the context card, the lists, the
 * post detail and the breakout alert).
 *
 * A post's ER by followers at post time, against the median ER of the same account's other posts
 * **at the same age**: the post's age when last seen, capped at 24 h. Past 24 h every post is
 * compared at 24 h (the writer's rollup); younger, the peers' values at that age are interpolated
 * from their snapshots, so a 3-hour-old post is never divided by other posts' full day.
 *
 * The peers are the account's other original posts created within 60 days either side of it, whose
 * history covers that age. Fewer than 5 such peers: no figure (a ratio over three posts is noise).
 */
export const USUAL_AGE_MS = 24 * HOUR_MS;
export const USUAL_WINDOW_MS = 60 * 24 * HOUR_MS;
/** Peers at the same age needed before a ratio (or a breakout) is given. */
export const MIN_PEERS = 5;
/** Robust z at or above which a post is a breakout. */
export const BREAKOUT_Z = 3.5;

/** One post of an account, as the rule needs it. */
export interface UsualPost {
  /** Unique within the account (the post id). */
  id: string;
  createdAt: number;
  /** Followers at post time; without them there is no ER. */
  followers?: number;
  /** Engagement by age, from the snapshots (may be empty when they were not read). */
  samples: readonly AgedSample[];
  /** Engagement at 24 h of age (the writer's rollup), when known. */
  engagement24h?: number;
  /** The latest engagement, and the age it was seen at. */
  latest?: AgedSample;
}

export interface Usual {
  /** ER ÷ the peers' median ER at the same age. */
  ratio: number;
  /** Robust z against the same peers: (ER − median) ÷ (1.4826 × MAD); undefined when they do not vary. */
  z?: number;
  /** The age both sides were compared at. */
  ageMs: number;
  /** The post's ER at that age. */
  er: number;
  median: number;
  peers: number;
}

/** The age a post is compared at: its age when last seen, capped at 24 h. */
export function comparedAge(p: UsualPost): number | undefined {
  return p.latest ? Math.min(p.latest.ageMs, USUAL_AGE_MS) : undefined;
}

/** Engagement of a post at an age, or undefined when its history does not reach it. */
export function engagementAt(p: UsualPost, ageMs: number): number | undefined {
  if (ageMs >= USUAL_AGE_MS) {
    if (p.engagement24h !== undefined) return p.engagement24h;
    const fromHistory = engagementAtAge(p.samples, USUAL_AGE_MS);
    if (fromHistory !== undefined) return fromHistory;
    // First seen after its first day: the latest value is the nearest there is to "at 24 h".
    return p.latest && p.latest.ageMs >= USUAL_AGE_MS ? p.latest.engagement : undefined;
  }
  if (p.latest && p.latest.ageMs === ageMs) return p.latest.engagement;
  return engagementAtAge(p.samples, ageMs);
}

/** ER by followers of a post at an age. */
export function erAt(p: UsualPost, ageMs: number): number | undefined {
  const e = engagementAt(p, ageMs);
  return e === undefined || !p.followers || p.followers <= 0 ? undefined : e / p.followers;
}

/** The post's own ER at the age it is compared at. */
export function ownEr(p: UsualPost): number | undefined {
  const age = comparedAge(p);
  return age === undefined ? undefined : erAt(p, age);
}

/** Whether a peer can stand beside a post (same account is the caller's job). */
const isPeer = (post: UsualPost, other: UsualPost) => other.id !== post.id && Math.abs(other.createdAt - post.createdAt) <= USUAL_WINDOW_MS;

/** "N× its usual" for one post among its account's posts (the post may be among them). */
export function usualOf(post: UsualPost, account: readonly UsualPost[]): Usual | undefined {
  const age = comparedAge(post);
  const er = age === undefined ? undefined : erAt(post, age);
  if (age === undefined || er === undefined) return undefined;
  const ers: number[] = [];
  for (const other of account) {
    if (!isPeer(post, other)) continue;
    const e = erAt(other, age);
    if (e !== undefined) ers.push(e);
  }
  if (ers.length < MIN_PEERS) return undefined;
  const m = median(ers)!;
  if (m <= 0) return undefined;
  const d = mad(ers)!;
  return { ratio: er / m, ...(d > 0 ? { z: (er - m) / (1.4826 * d) } : {}), ageMs: age, er, median: m, peers: ers.length };
}

/** "N× its usual" for every post of one account, by id: the same figures as `usualOf`, post by post. */
export function usualOfAll(account: readonly UsualPost[]): Map<string, Usual> {
  const out = new Map<string, Usual>();
  // Sorted by time, each post's peers are a window of the list. Posts compared at 24 h (all but
  // the last day's) share their peers' ERs at 24 h, kept sorted as the window slides: the median
  // and the MAD then cost O(window) per post, not a sort of it (100k posts: seconds → milliseconds).
  const sorted = [...account].sort((a, b) => a.createdAt - b.createdAt);
  const at24 = sorted.map((p) => erAt(p, USUAL_AGE_MS));
  const window: number[] = [];
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < sorted.length; i++) {
    const post = sorted[i]!;
    while (hi < sorted.length && sorted[hi]!.createdAt <= post.createdAt + USUAL_WINDOW_MS) {
      if (at24[hi] !== undefined) insertSorted(window, at24[hi]!);
      hi++;
    }
    while (sorted[lo]!.createdAt < post.createdAt - USUAL_WINDOW_MS) {
      if (at24[lo] !== undefined) removeSorted(window, at24[lo]!);
      lo++;
    }
    const age = comparedAge(post);
    if (age === undefined) continue;
    if (age < USUAL_AGE_MS) {
      // A young post: its peers at its own age (few posts, the last day's).
      const u = usualOf(post, sorted.slice(lo, hi));
      if (u) out.set(post.id, u);
      continue;
    }
    const er = at24[i];
    if (er === undefined) continue;
    // Its peers are the window without the post itself (ids are unique within an account).
    removeSorted(window, er);
    const u = fromSorted(er, age, window);
    insertSorted(window, er);
    if (u) out.set(post.id, u);
  }
  return out;
}

/** The rule's figures from peers' ERs already sorted ascending (as `median` and `mad` would compute them). */
function fromSorted(er: number, ageMs: number, ers: readonly number[]): Usual | undefined {
  const n = ers.length;
  if (n < MIN_PEERS) return undefined;
  const mid = n >> 1;
  const m = n % 2 ? ers[mid]! : (ers[mid - 1]! + ers[mid]!) / 2;
  if (m <= 0) return undefined;
  // The MAD: the median of |x − m|, walking outward from the middle in order of distance.
  let left = mid - 1;
  let right = mid;
  const next = () => {
    const dl = left >= 0 ? Math.abs(ers[left]! - m) : Infinity;
    const dr = right < n ? Math.abs(ers[right]! - m) : Infinity;
    if (dl <= dr) {
      left--;
      return dl;
    }
    right++;
    return dr;
  };
  let d = 0;
  for (let k = 0; k < mid; k++) d = next();
  const upper = next();
  const dMad = n % 2 ? upper : (d + upper) / 2;
  return { ratio: er / m, ...(dMad > 0 ? { z: (er - m) / (1.4826 * dMad) } : {}), ageMs, er, median: m, peers: n };
}

/** Index of the first element ≥ x in an ascending array. */
function lowerBound(xs: readonly number[], x: number): number {
  let a = 0;
  let b = xs.length;
  while (a < b) {
    const h = (a + b) >> 1;
    if (xs[h]! < x) a = h + 1;
    else b = h;
  }
  return a;
}
const insertSorted = (xs: number[], x: number) => void xs.splice(lowerBound(xs, x), 0, x);
const removeSorted = (xs: number[], x: number) => void xs.splice(lowerBound(xs, x), 1);

export const isBreakout = (u: Usual | undefined): boolean => u?.z !== undefined && u.z >= BREAKOUT_Z;
