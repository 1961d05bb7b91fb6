/** Helpers both Bluesky parsers share. */

/** at://did:plc:…/app.bsky.feed.post/<rkey> → rkey */
export function rkeyOf(uri: unknown): string | undefined {
  if (typeof uri !== 'string') return undefined;
  const m = /^at:\/\/[^/]+\/app\.bsky\.feed\.(?:post|repost)\/([\w.:~-]{1,64})$/.exec(uri);
  return m?.[1];
}

export function normaliseBskyHandle(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const h = v.trim().replace(/^@/, '').toLowerCase();
  return /^[a-z0-9][a-z0-9.-]{0,252}$/.test(h) && h.length <= 100 ? h : undefined;
}

export const postUrl = (handle: string, rkey: string) => `https://bsky.app/profile/${handle}/post/${rkey}`;

const S32 = '234567abcdefghijklmnopqrstuvwxyz';
/** A TID record key encodes microseconds since the epoch in its first 11 base32-sortable chars. */
export function createdAtFromTid(rkey: string): string {
  if (!/^[2-7a-z]{13}$/.test(rkey)) return '';
  let us = 0n;
  for (const c of rkey.slice(0, 11)) us = us * 32n + BigInt(S32.indexOf(c));
  const ms = Number(us / 1000n);
  return ms > 1577836800000 && ms < 4102444800000 ? new Date(ms).toISOString() : '';
}
