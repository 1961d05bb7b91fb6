import { hashtagsFromText } from '../../parse-kit/text';
import type { CapturedPost } from '../types';

/** Helpers both LinkedIn parsers share. */

/** "urn:li:activity:7212345678901234567" (or any string containing it) → the id. */
export function activityIdOf(v: unknown): string | undefined {
  return typeof v === 'string' ? /urn:li:activity:(\d{10,25})/.exec(v)?.[1] : undefined;
}

/** An activity id is a snowflake: its top 41 bits are the creation time in ms. */
export function createdAtFromActivity(id: string): string {
  try {
    const ms = Number(BigInt(id) >> 22n);
    return ms > 1262304000000 && ms < 4102444800000 ? new Date(ms).toISOString() : '';
  } catch {
    return '';
  }
}

export const activityUrl = (id: string) => `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`;

/** https://www.linkedin.com/company/kopikita/ or /in/jane-doe → "kopikita" / "jane-doe". */
export function handleFromProfileUrl(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m =
    /linkedin\.com\/(?:company|in|school|showcase)\/([\w.%-]{1,100})/.exec(v) ??
    /^\/(?:company|in|school|showcase)\/([\w.%-]{1,100})/.exec(v);
  if (!m) return undefined;
  const h = decodeURIComponent(m[1]!).replace(/[^\w.-]/g, '');
  return h || undefined;
}

/**
 * A LinkedIn post from its activity id: URL and creation time come from the id (Voyager gives no
 * absolute time, only "3d •"; the id's top bits carry it).
 */
export function linkedinPost(
  id: string,
  handle: string,
  text: string,
  rest: Pick<CapturedPost, 'metrics'> & Partial<CapturedPost>,
): CapturedPost {
  return {
    platform: 'linkedin',
    postId: id,
    url: activityUrl(id),
    authorHandle: handle,
    createdAt: createdAtFromActivity(id),
    text,
    hashtags: hashtagsFromText(text),
    ...rest,
  };
}
