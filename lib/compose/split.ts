import { entitySpans } from './entities';
import { measure, type MeasureOptions } from './measure';
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

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function words(text: string): { words: Word[]; strength: number[] } {
  const spans = entitySpans(text);
  const out: Word[] = [];
  const strength: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = out[out.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, start);
      const before = text.slice(prev.start, prev.end);
      strength.push(/\n\s*\n/.test(gap) ? PARAGRAPH : /\n/.test(gap) || /[.!?…。！？]["'”’)\]]*$/.test(before) ? SENTENCE : WORD);
    } else strength.push(0);
    out.push({ start, end, entity: spans.some((s) => s.start < end && s.end > start) });
  }
  return { words: out, strength };
}

/** Cut a word that is longer than a whole post (not a link, mention or hashtag) by graphemes. */
function hardSplit(word: string, fits: (s: string) => boolean): string[] {
  const parts: string[] = [];
  let cur = '';
  for (const { segment } of segmenter.segment(word)) {
    if (cur && !fits(cur + segment)) {
      parts.push(cur);
      cur = '';
    }
    cur += segment;
  }
  if (cur) parts.push(cur);
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
    let j = i + 1;
    while (j < w.length && fits(slice(i, j + 1))) j++;
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
export function splitParts(platform: ComposeTarget, text: string, { numbering }: SplitOptions, opts: MeasureOptions = {}): string[] {
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
