/** Size caps shared by the content scripts and the background (constants only, no zod). */
export const LIMITS = {
  postsPerBatch: 1000,
  profilesPerBatch: 500,
  textChars: 50_000,
  hashtags: 100,
  urlChars: 2048,
  batchJsonBytes: 8 * 1024 * 1024,
  /** The largest counter believed (10 trillion): a view count of every person alive, a thousand times. */
  maxCount: 1e13,
  /** Clock skew we accept on capturedAt from a content script. */
  futureSkewMs: 5 * 60 * 1000,
  maxAgeMs: 7 * 24 * 60 * 60 * 1000,
} as const;
