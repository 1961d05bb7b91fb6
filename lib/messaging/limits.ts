/** Size caps shared by the content scripts and the background (constants only, no zod). */
export const LIMITS = {
  postsPerBatch: 1000,
  profilesPerBatch: 500,
  textChars: 50_000,
  hashtags: 100,
  urlChars: 2048,
  /** A batch's size as sent, estimated (postBytes): both sides hold batches under it. */
  batchJsonBytes: 8 * 1024 * 1024,
  /** The largest counter believed (10 trillion): a view count of every person alive, a thousand times. */
  maxCount: 1e13,
  /** Clock skew we accept on capturedAt from a content script. */
  futureSkewMs: 5 * 60 * 1000,
  maxAgeMs: 7 * 24 * 60 * 60 * 1000,
} as const;

/**
 * An upper estimate of a captured post's size in a message, without serialising it: three bytes per
 * UTF-16 unit of its strings (UTF-8's worst case for the BMP) plus a fixed allowance for the rest.
 * Cheap enough to run on every row before the schema check, which is what makes a 164 MB batch cost
 * nothing to refuse.
 */
export function postBytes(p: unknown): number {
  if (typeof p !== 'object' || p === null) return 64;
  const o = p as { text?: unknown; url?: unknown; hashtags?: unknown };
  const str = (v: unknown) => (typeof v === 'string' ? v.length : 0);
  const tags = Array.isArray(o.hashtags) ? o.hashtags.slice(0, 200).reduce((n: number, h) => n + str(h), 0) : 0;
  return 3 * (str(o.text) + str(o.url) + tags) + 512;
}
