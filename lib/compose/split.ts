import { entitySpans } from './entities';
import { graphemeEnds, measure, type MeasureOptions } from './measure';
import type { ComposeTarget } from '../platforms/registry';

interface Word {
  start: number;
  end: number;
  /** A link, mention or hashtag: never cut. */
  entity: boolean;
}

/** How good a place to split the gap before a word is. */
const PARAGRAPH = 3;
const SENTENCE = 2;
const WORD = 1;

function words(text: string): { words: Word[]; strength: number[] } {
  const spans = entitySpans(text);
  const out: Word[] = [];
  const strength: number[] = [];
  // Spans and words both run left to right: one pointer, not a scan of every span per word.
  let k = 0;
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = out[out.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, start);
      const before = text.slice(prev.start, prev.end);
      strength.push(/\n\s*\n/.test(gap) ? PARAGRAPH : /\n/.test(gap) || /[.!?…。！？]["'”’)\]]*$/.test(before) ? SENTENCE : WORD);
    } else strength.push(0);
    while (k < spans.length && spans[k]!.end <= start) k++;
    out.push({ start, end, entity: k < spans.length && spans[k]!.start < end });
  }
  return { words: out, strength };
}

/**
 * The largest n in [lo, hi] for which ok(n) holds, given ok(lo) does and ok is monotone (a longer
 * prefix never fits better: measure is monotone). Gallops from lo, then bisects, so it asks about
 * strings at most twice as long as the answer: O(log n) measures per post, not one per word.
 */
function largestFitting(lo: number, hi: number, ok: (n: number) => boolean): number {
  let good = lo;
  let step = 1;
  while (good + step <= hi && ok(good + step)) {
    good += step;
    step *= 2;
  }
  let bad = Math.min(hi + 1, good + step);
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (ok(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

/** Cut a word that is longer than a whole post (not a link, mention or hashtag) by graphemes. */
function hardSplit(word: string, fits: (s: string) => boolean): string[] {
  const cuts = [0, ...graphemeEnds(word)];
  const parts: string[] = [];
  let i = 0;
  while (i < cuts.length - 1) {
    // At least one grapheme per part, however narrow the limit.
    const j = largestFitting(i + 1, cuts.length - 1, (n) => fits(word.slice(cuts[i], cuts[n])));
    parts.push(word.slice(cuts[i], cuts[j]));
    i = j;
  }
  return parts;
}

/**
 * Pack the text into posts that each satisfy `fits`: a post ends at the strongest break (paragraph,
 * then sentence, then word) that keeps it within the limit, the latest such break among equals.
 */
function pack(text: string, fits: (s: string) => boolean): string[] {
  const { words: w, strength } = words(text);
  const slice = (i: number, j: number) => text.slice(w[i]!.start, w[j - 1]!.end);
  const parts: string[] = [];
  let i = 0;
  while (i < w.length) {
    if (!fits(slice(i, i + 1))) {
      // One word longer than a post: a link/mention/hashtag stays whole (and over); anything else is cut.
      const word = slice(i, i + 1);
      parts.push(...(w[i]!.entity ? [word] : hardSplit(word, fits)));
      i++;
      continue;
    }
    const j = largestFitting(i + 1, w.length, (n) => fits(slice(i, n)));
    if (j === w.length) {
      parts.push(slice(i, j));
      break;
    }
    let best = j;
    for (let b = j; b > i; b--) if (strength[b]! > strength[best]!) best = b;
    parts.push(slice(i, best));
    i = best;
  }
  return parts;
}

export interface SplitOptions {
  numbering: boolean;
}

/** The " k/N" marker appended to each post of a numbered thread. */
export const marker = (k: number, n: number) => ` ${k}/${n}`;
export const numbered = (parts: readonly string[]) =>
  parts.length > 1 ? parts.map((p, k) => p + marker(k + 1, parts.length)) : [...parts];

/**
 * Split the parts of a thread without markers, each leaving room for its " k/N" marker when
 * numbering is on (the room grows with N's digits, so the split is redone until it is stable).
 */
export function splitParts(platform: ComposeTarget, text: string, options: SplitOptions, opts: MeasureOptions = {}): string[] {
  // The composer asks for the same split several times per keystroke (count, preview, thread parts).
  const key = `${platform}\u0000${options.numbering}\u0000${JSON.stringify(opts)}\u0000${text}`;
  const hit = memo.get(key);
  if (hit) return [...hit];
  const parts = computeParts(platform, text, options, opts);
  memo.set(key, parts);
  if (memo.size > 32) memo.delete(memo.keys().next().value!);
  return [...parts];
}

const memo = new Map<string, string[]>();

function computeParts(platform: ComposeTarget, text: string, { numbering }: SplitOptions, opts: MeasureOptions): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const limit = measure(platform, '', opts).limit;
  const fitsWith = (reserve: string) => (s: string) => measure(platform, s + reserve, opts).used <= limit;
  if (fitsWith('')(trimmed)) return [trimmed];
  if (!numbering) return pack(trimmed, fitsWith(''));
  for (let digits = 1; ; digits++) {
    const nines = '9'.repeat(digits);
    const parts = pack(trimmed, fitsWith(` ${nines}/${nines}`));
    if (String(parts.length).length <= digits) return parts;
  }
}

/**
 * Split a text into a thread for X, Bluesky, Threads or Mastodon: at paragraph boundaries first,
 * then sentences, then words, never inside a link, mention or hashtag. With `numbering`, each post
 * ends in " k/N", counted within the limit. A text that fits is one post, unnumbered.
 */
export function splitThread(platform: ComposeTarget, text: string, options: SplitOptions, opts: MeasureOptions = {}): string[] {
  const parts = splitParts(platform, text, options, opts);
  return options.numbering ? numbered(parts) : parts;
}

/**
 * Move the split point between post `index` and post `index + 1` by one word: `earlier` moves the
 * last word of post `index` to the start of the next, `later` pulls the next post's first word back.
 * An emptied post disappears.
 */
export function moveSplit(parts: readonly string[], index: number, direction: 'earlier' | 'later'): string[] {
  const a = parts[index];
  const b = parts[index + 1];
  if (a === undefined || b === undefined) return [...parts];
  let left = a;
  let right = b;
  if (direction === 'earlier') {
    const m = /^([\s\S]*?)(\s*)(\S+)\s*$/.exec(a);
    if (!m) return [...parts];
    left = m[1]!.trimEnd();
    right = `${m[3]}${m[2]!.includes('\n') ? m[2] : ' '}${b}`;
  } else {
    const m = /^\s*(\S+)(\s*)([\s\S]*)$/.exec(b);
    if (!m) return [...parts];
    left = `${a}${m[2]!.includes('\n') ? m[2] : ' '}${m[1]}`;
    right = m[3]!;
  }
  return [...parts.slice(0, index), left, right, ...parts.slice(index + 2)].filter((p) => p.trim().length > 0);
}
