import { findHashtags, findMentions, findUrls } from '../../compose/entities';

export type Feature =
  | { $type: 'app.bsky.richtext.facet#link'; uri: string }
  | { $type: 'app.bsky.richtext.facet#mention'; did: string }
  | { $type: 'app.bsky.richtext.facet#tag'; tag: string };

export interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: Feature[];
}

const encoder = new TextEncoder();
/** A UTF-16 index in `text` as a UTF-8 byte offset, the unit Bluesky's facets use. */
export const byteOffset = (text: string, utf16Index: number) => encoder.encode(text.slice(0, utf16Index)).length;

/**
 * Bluesky rich-text facets for links, mentions and hashtags, in UTF-8 byte offsets. Mentions need
 * a handle → DID lookup; a handle that does not resolve stays plain text (as in Bluesky's app).
 */
export async function facetsFor(text: string, resolveHandle: (handle: string) => Promise<string | undefined>): Promise<Facet[]> {
  const facets: Facet[] = [];
  const at = (start: number, end: number) => ({ byteStart: byteOffset(text, start), byteEnd: byteOffset(text, end) });
  for (const u of findUrls(text))
    facets.push({ index: at(u.start, u.end), features: [{ $type: 'app.bsky.richtext.facet#link', uri: u.value }] });
  for (const m of findMentions(text)) {
    if (m.instance || !m.handle.includes('.')) continue; // Bluesky handles are domains
    const did = await resolveHandle(m.handle.toLowerCase()).catch(() => undefined);
    if (did) facets.push({ index: at(m.start, m.end), features: [{ $type: 'app.bsky.richtext.facet#mention', did }] });
  }
  for (const h of findHashtags(text))
    facets.push({ index: at(h.start, h.end), features: [{ $type: 'app.bsky.richtext.facet#tag', tag: h.value }] });
  return facets.sort((a, b) => a.index.byteStart - b.index.byteStart);
}
