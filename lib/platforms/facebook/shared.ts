import { RESERVED_PATHS } from './selectors';

/** A Facebook page or profile's name in URLs ("Nintendo"), or its numeric id. */
export function handleFromUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url, 'https://www.facebook.com');
    if (!/(^|\.)facebook\.com$/.test(u.hostname)) return undefined;
    if (u.pathname === '/profile.php') return u.searchParams.get('id') ?? undefined;
    const seg = u.pathname.split('/').filter(Boolean)[0];
    return seg && !RESERVED_PATHS.has(seg) && /^[\w.-]{1,80}$/.test(seg) ? seg : undefined;
  } catch {
    return undefined;
  }
}

export const isFbId = (v: unknown): v is string => typeof v === 'string' && /^\d{5,25}$/.test(v);

export const postUrlOf = (handle: string, postId: string) => `https://www.facebook.com/${handle}/posts/${postId}`;
