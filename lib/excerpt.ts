/**
 * The start of a text, cut to a budget of graphemes (what a reader counts as characters: an emoji
 * with its modifiers, a letter with its accents) before it reaches layout. A card that lays out a
 * 50,000-character post costs what 280 characters cost (issue 14: a full-text, line-clamped span of
 * one unbroken 50k token froze the panel for 10.9 s).
 */
export const EXCERPT_GRAPHEMES = 280;

/** Code units a grapheme may take on average before the cut comes early (a hostile pile of combining marks). */
const UNITS_PER_GRAPHEME = 8;

let segmenter: Intl.Segmenter | undefined;

export interface Excerpt {
  text: string;
  /** Whether anything was cut ("…" is appended to `text`). */
  cut: boolean;
}

/**
 * The first `budget` graphemes of `text`, with "…" when more followed. Walks only as far as the
 * cut (the segmenter is lazy), so the cost does not grow with the text. A grapheme that is itself
 * absurdly long (thousands of combining marks) is cut by code units, at a code point.
 */
export function excerpt(text: string, budget = EXCERPT_GRAPHEMES): Excerpt {
  // Every grapheme is at least one code unit: a text this short cannot be over budget.
  if (text.length <= budget) return { text, cut: false };
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const maxUnits = budget * UNITS_PER_GRAPHEME;
  let end = 0;
  let count = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    if (count === budget) break;
    if (index + segment.length > maxUnits) {
      end = Math.max(end, codePointBoundary(text, maxUnits));
      break;
    }
    end = index + segment.length;
    count++;
  }
  if (end >= text.length) return { text, cut: false };
  return { text: `${text.slice(0, end).trimEnd()}…`, cut: true };
}

/** The largest index ≤ i that does not split a surrogate pair. */
function codePointBoundary(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return c >= 0xd800 && c <= 0xdbff ? i - 1 : i;
}
