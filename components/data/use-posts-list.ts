import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { accountKey } from '@/lib/db/keys';
import {
  accountsOverview,
  allProfileSamples,
  countAuthorPosts,
  listRows,
  storedAuthors,
  usualInputsOf,
  type ListRange,
} from '@/lib/db/queries/posts-list';
import type { AccountRow, PostRow } from '@/lib/db/schema';
import type { EngagementCounters } from '@/lib/metrics/engagement';
import type { PostSort } from '@/lib/posts/list';
import { erValues, usualValues } from '@/lib/posts/rank';
import type { PlatformId } from '@/lib/platforms/types';

const db = getDb();

/** The posts the list narrows, read by the filter's most selective index, live; undefined while loading. */
export const useListRows = ({ platform, author, from, to }: ListRange) =>
  useLiveQuery(() => listRows(db, { platform, author, from, to }), [platform, author, from, to]);

/** Every stored author with their post count, live. */
export const useStoredAuthors = () => useLiveQuery(() => storedAuthors(db), []);

/** How many posts of an author are stored, live (what Ignore would remove). */
export const useAuthorPostCount = (platform: PlatformId | undefined, handle: string | undefined) =>
  useLiveQuery(async () => (platform && handle ? countAuthorPosts(db, platform, handle) : undefined), [platform, handle]);

/** The Accounts view's rows (posts, follower trend, last seen), live. */
export const useAccountsOverview = (accounts: readonly AccountRow[], now: number) =>
  useLiveQuery(() => accountsOverview(db, accounts, now), [accounts, now]);

export interface RankState {
  values?: ReadonlyMap<string, number>;
  /** While "× its usual" is worked out: accounts done of all. */
  progress?: { done: number; total: number };
}

/**
 * The values the ER and "× its usual" sorts rank by, only while that sort is chosen. ER needs the
 * follower samples only. "× its usual" reads each account's posts (its peers) and the few
 * snapshots the rule needs, one account at a time, yielding between them and saying how far it got.
 */
export function useRankValues(sort: PostSort, rows: readonly PostRow[] | undefined, counters: EngagementCounters | undefined): RankState {
  const profiles = useLiveQuery(() => (sort === 'er' ? allProfileSamples(db) : undefined), [sort]);
  const er = useMemo(
    () => (sort === 'er' && rows && profiles ? erValues(rows, profiles, counters) : undefined),
    [sort, rows, profiles, counters],
  );
  const usual = useUsual(sort === 'usual' ? rows : undefined, counters);
  return sort === 'er' ? (er ? { values: er } : { progress: { done: 0, total: 1 } }) : sort === 'usual' ? usual : {};
}

function useUsual(rows: readonly PostRow[] | undefined, counters: EngagementCounters | undefined): RankState {
  const [state, setState] = useState<RankState>({});
  useEffect(() => {
    if (!rows) return;
    let cancelled = false;
    const accounts = new Map<string, [PlatformId, string]>();
    for (const p of rows) if (!p.repostOf) accounts.set(accountKey(p.platform, p.authorKey), [p.platform, p.authorKey]);
    const list = [...accounts.values()];
    void (async () => {
      const values = new Map<string, number>();
      let done = 0;
      let shown = performance.now();
      setState((s) => ({ ...s, progress: { done: 0, total: list.length } }));
      for (const [platform, authorKey] of list) {
        const inputs = await usualInputsOf(db, platform, authorKey);
        if (cancelled) return;
        for (const [k, v] of usualValues(inputs.posts, inputs.snapshots, inputs.profiles, counters)) values.set(k, v);
        done++;
        if (performance.now() - shown > 100) {
          shown = performance.now();
          setState((s) => ({ ...s, progress: { done, total: list.length } }));
          await new Promise((r) => setTimeout(r, 0));
          if (cancelled) return;
        }
      }
      setState({ values });
    })();
    return () => {
      cancelled = true;
    };
  }, [rows, counters]);
  return state;
}
