/** Text helpers every platform shares. */

export function uniqueHashtags(values: unknown[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const tag = v.replace(/^#/, '').trim();
    if (!tag || tag.length > 140 || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** Hashtags from plain text (DOM path), Unicode-aware: #kopi, #KopiSusu, #東京. */
export function hashtagsFromText(text: string): string[] {
  return uniqueHashtags([...text.matchAll(/(?:^|[^\p{L}\p{N}_&])#([\p{L}\p{M}\p{N}_]+)/gu)].map((m) => m[1]));
}
