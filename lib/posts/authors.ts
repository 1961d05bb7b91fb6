import { accountKey } from '../db/keys';
import type { AccountRole } from '../db/schema';
import type { StoredAuthor } from '../db/queries/posts-list';

/**
 * The author picker: every stored author, watched accounts first (own and competitors), then by
 * posts stored, then by handle. A query keeps authors whose handle contains it, those it begins first.
 */
export function pickAuthors(
  authors: readonly StoredAuthor[],
  roles: ReadonlyMap<string, AccountRole>,
  query: string,
  limit = 50,
): StoredAuthor[] {
  const q = query.trim().toLowerCase().replace(/^@/, '');
  const watched = (a: StoredAuthor) => {
    const r = roles.get(accountKey(a.platform, a.authorKey));
    return r === 'competitor' || r === 'own' ? 0 : 1;
  };
  return authors
    .filter((a) => roles.get(accountKey(a.platform, a.authorKey)) !== 'ignored' && (!q || a.authorKey.includes(q)))
    .map((a) => ({ a, w: watched(a), p: q && a.authorKey.startsWith(q) ? 0 : 1 }))
    .sort((x, y) => x.w - y.w || x.p - y.p || y.a.posts - x.a.posts || x.a.authorKey.localeCompare(y.a.authorKey))
    .slice(0, limit)
    .map((x) => x.a);
}
