import { describe, expect, it } from 'vitest';
import type { StoredAuthor } from '@/lib/db/queries/posts-list';
import { accountKey } from '@/lib/db/keys';
import type { AccountRole } from '@/lib/db/schema';
import { pickAuthors } from '@/lib/posts/authors';

const a = (authorKey: string, posts: number, platform: StoredAuthor['platform'] = 'x'): StoredAuthor => ({
  platform,
  authorKey,
  handle: authorKey,
  posts,
});
const authors = [a('zebra', 3), a('kopikita', 12), a('tehmanis', 40), a('kopi_b', 2), a('mykopi', 40), a('spam', 900)];
const roles = new Map<string, AccountRole>([
  [accountKey('x', 'zebra'), 'competitor'],
  [accountKey('x', 'kopi_b'), 'own'],
  [accountKey('x', 'spam'), 'ignored'],
]);
const keys = (list: StoredAuthor[]) => list.map((x) => x.authorKey);

describe('pickAuthors', () => {
  it('lists watched accounts first, then by posts stored, then by handle; never ignored ones', () => {
    expect(keys(pickAuthors(authors, roles, ''))).toEqual(['zebra', 'kopi_b', 'mykopi', 'tehmanis', 'kopikita']);
  });

  it('keeps handles containing the query (an @ is ignored), those it begins first', () => {
    // Watched kopi_b first; then kopikita (begins with "kopi") before mykopi (contains it), though mykopi has more posts.
    expect(keys(pickAuthors(authors, roles, '@Kopi'))).toEqual(['kopi_b', 'kopikita', 'mykopi']);
  });

  it('stops at the limit', () => {
    expect(keys(pickAuthors(authors, roles, '', 2))).toEqual(['zebra', 'kopi_b']);
  });
});
