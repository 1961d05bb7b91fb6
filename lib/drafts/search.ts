import type { DraftRow } from '../db/schema';

/** Words and letters compared without case or accents ("Café" finds "cafe"). */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The drafts list's search: every word of the query must appear in the draft's base text, one of
 * its variants, its campaign, or the given labels (its platforms' names and its status in words).
 * Newest edit first.
 */
export function searchDrafts<T extends DraftRow>(drafts: readonly T[], query: string, labels: (d: T) => string[] = () => []): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hit = (d: T) => {
    if (!words.length) return true;
    const hay = fold([d.text, ...Object.values(d.variants ?? {}), d.campaign ?? '', ...labels(d)].join('\n'));
    return words.every((w) => hay.includes(w));
  };
  return drafts.filter(hit).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** A one-line excerpt of a text: whitespace collapsed, cut at a word within `max` characters. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
