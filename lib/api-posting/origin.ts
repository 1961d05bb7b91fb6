import { PostingError } from './errors';

/**
 * A server address as typed ("mastodon.social", "https://m.example/") as its origin: https only,
 * or http on this machine (tests, a local server). Throws `badInstance` otherwise.
 */
export function originOf(input: string): string {
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    throw new PostingError('badInstance', raw);
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) throw new PostingError('badInstance', raw);
  return url.origin;
}
