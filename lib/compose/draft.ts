import type { DraftRow } from '../db/schema';
import type { MeasureOptions } from './measure';
import { numbered, splitParts } from './split';
import { THREAD_TARGETS, type ComposeTarget } from '../platforms/registry';
import { applyUtm } from './utm';

type DraftLike = Pick<DraftRow, 'text' | 'variants' | 'threads' | 'thread' | 'numbering' | 'campaign' | 'utm'>;

/** A platform's text as written: its forked variant, or the base. */
/**
 * A post's text as compared when linking a captured post to its draft: links dropped (platforms
 * shorten them), whitespace collapsed, lower case.
 */
export const matchText = (s: string) =>
  s
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export const variantText = (draft: DraftLike, target: ComposeTarget) => draft.variants?.[target] ?? draft.text;

/** Whether a platform's variant has been edited away from the base. */
export const isDiverged = (draft: DraftLike, target: ComposeTarget) =>
  draft.variants?.[target] !== undefined && draft.variants[target] !== draft.text;

/** The text that is posted: the variant with its links UTM-tagged when the draft asks for it. */
export const finalText = (draft: DraftLike, target: ComposeTarget) =>
  draft.utm ? applyUtm(variantText(draft, target), target, draft.campaign) : variantText(draft, target);

/** Whether this draft goes out as a thread on this platform. */
export const threaded = (draft: DraftLike, target: ComposeTarget) => Boolean(draft.thread) && THREAD_TARGETS.includes(target);

/**
 * The posts that go out on a platform: split points the user set by hand, else the automatic
 * split when threading is on, else the whole text as one post. Markers are added last.
 */
export function partsFor(draft: DraftLike, target: ComposeTarget, opts: MeasureOptions = {}): string[] {
  if (!threaded(draft, target)) return [finalText(draft, target).trim()].filter(Boolean);
  const numbering = Boolean(draft.numbering);
  const manual = draft.threads?.[target];
  const parts = manual?.length
    ? manual.map((p) => (draft.utm ? applyUtm(p, target, draft.campaign) : p).trim()).filter(Boolean)
    : splitParts(target, finalText(draft, target), { numbering }, opts);
  return numbering ? numbered(parts) : parts;
}
