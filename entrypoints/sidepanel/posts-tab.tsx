import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { EngagementChart } from '@/components/charts/engagement-chart';
import { useOriginals } from '@/components/data/use-posts';
import { useRankValues, useStoredAuthors } from '@/components/data/use-posts-list';
import { useSettings } from '@/components/data/use-settings';
import { useIgnoreFlow } from '@/components/posts/ignore-flow';
import { useOpenPost } from '@/components/posts/open-post';
import { PostCard } from '@/components/posts/post-card';
import { PostFilters, type DatePreset } from '@/components/posts/post-filters';
import { VirtualList } from '@/components/posts/virtual-list';
import { useLocale } from '@/components/ui/locale';
import { accountKey, postKey } from '@/lib/db/keys';
import type { AccountRow, PostRow } from '@/lib/db/schema';
import { formatExact, startOfDay } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { listPosts, rankValue, type PostSort } from '@/lib/posts/list';
import type { PlatformId } from '@/lib/platforms/types';
import { ignoreActions, setRole } from './set-role';
import type { DatePick, Feed } from './use-feed';

const DAY_MS = 24 * 60 * 60 * 1000;
const keyOfPost = (p: PostRow) => postKey(p);
const toDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Every stored post: search, filters and sort above a list that lays out only what is on screen. */
export function PostsTab({
  feed,
  posts: rows,
  accounts,
  platforms,
  now,
}: {
  feed: Feed;
  posts: PostRow[];
  accounts: AccountRow[];
  watched: readonly AccountRow[];
  platforms: readonly PlatformId[];
  now: number;
}) {
  const { view, change, points } = feed;
  const locale = useLocale();
  const counters = useSettings()?.engagementCounters;
  const roles = useMemo(() => new Map(accounts.map((a) => [accountKey(a.platform, a.handle), a.role])), [accounts]);
  const authors = useStoredAuthors();
  // Platforms with stored posts as well as those capture has seen (a restored backup has no health rows).
  const allPlatforms = useMemo(() => [...new Set([...platforms, ...(authors ?? []).map((a) => a.platform)])].sort(), [platforms, authors]);
  const [search, setSearch] = useState('');
  // A keystroke paints at once; the list follows as soon as it can.
  const query = useDeferredValue(search);
  const rank = useRankValues(view.sort, rows, counters);
  const list = useMemo(
    () => listPosts(rows, { ...view.filter, ...feed.range, search: query }, view.sort, roles, rank.values, counters),
    [rows, view.filter, view.sort, feed.range, query, roles, rank.values, counters],
  );
  const originals = useRepostOriginals(rows, list);
  const openPost = useOpenPost();
  const ignore = useIgnoreFlow(ignoreActions);
  const pct = useMemo(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }), [locale]);
  const times = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }), [locale]);
  const rankLabel = useCallback(
    (p: PostRow): string | undefined => {
      const v = rankValue(p, view.sort, rank.values, counters);
      if (v === undefined) return undefined;
      if (view.sort === 'engagement') return t('postsRankEngagement', [formatExact(v, locale)]);
      if (view.sort === 'er') return t('postsRankEr', [pct.format(v)]);
      if (view.sort === 'usual') return t('postsRankUsual', [times.format(v)]);
      return undefined;
    },
    [view.sort, rank.values, counters, locale, pct, times],
  );

  const pickDate = (preset: DatePreset) => {
    const today = startOfDay(Date.now());
    const date: DatePick =
      preset === 'any'
        ? { preset }
        : preset === 'custom'
          ? { preset, fromDay: toDay(today - 29 * DAY_MS), toDay: toDay(today) }
          : { preset, from: preset === 'today' ? today : today - (Number(preset) - 1) * DAY_MS };
    change({ date });
  };
  const author =
    view.filter.platform && view.filter.author
      ? (authors ?? []).find((a) => a.platform === view.filter.platform && a.authorKey === view.filter.author)
      : undefined;
  const filtered =
    query.trim() !== '' || view.filter.scope !== 'all' || view.filter.platform || view.filter.media || view.date.preset !== 'any';

  return (
    <>
      <PostFilters
        search={search}
        onSearch={setSearch}
        filter={view.filter}
        onFilter={(filter) => change({ filter })}
        sort={view.sort}
        onSort={(sort: PostSort) => change({ sort })}
        date={view.date.preset}
        onDate={pickDate}
        {...(view.date.preset === 'custom'
          ? {
              customDays: { from: view.date.fromDay, to: view.date.toDay },
              onCustomDays: (d) => change({ date: { preset: 'custom', fromDay: d.from, toDay: d.to } }),
            }
          : {})}
        platforms={allPlatforms}
        authors={authors ?? []}
        roles={roles}
      />
      {author && (
        <details className="card" data-testid="engagement-chart" open={points.length >= 2}>
          <summary>
            <strong>{t('panelChartTitle', [author.handle])}</strong>
          </summary>
          <div className="muted small">{t('panelChartHint')}</div>
          {points.length >= 2 ? (
            <EngagementChart points={points} seriesLabel={t('panelChartSeries')} />
          ) : (
            <div className="muted">{t('panelChartEmpty', [author.handle])}</div>
          )}
        </details>
      )}
      <div className="row wrap small" aria-live="polite">
        <span className="muted" data-testid="post-count" data-count={list.length}>
          {t('postsShown', [formatExact(list.length, locale), formatExact(rows.length, locale)])}
        </span>
        <span className="spacer" />
        {rank.progress && (
          <span className="muted" data-testid="rank-progress" role="status">
            {view.sort === 'usual'
              ? t('postsUsualProgress', [String(rank.progress.done), String(rank.progress.total)])
              : t('postsErProgress')}
          </span>
        )}
      </div>
      {list.length === 0 ? (
        <div className="card stack" data-testid="posts-none">
          <div>{rows.length === 0 ? t('postsNoneStored') : t('postsNoneMatch')}</div>
          {filtered && (
            <div>
              <button
                className="small"
                data-action="clear-filters"
                onClick={() => {
                  setSearch('');
                  change({ filter: { scope: 'all' }, date: { preset: 'any' } });
                }}
              >
                {t('postsClearFilters')}
              </button>
            </div>
          )}
        </div>
      ) : (
        <VirtualList
          items={list}
          itemKey={keyOfPost}
          estimate={170}
          label={t('tabPosts')}
          render={(p) => (
            <PostCard
              post={p}
              now={now}
              role={roles.get(accountKey(p.platform, p.authorKey))}
              original={p.repostOf ? originals.get(postKey({ platform: p.platform, postId: p.repostOf })) : undefined}
              rank={rankLabel(p)}
              onOpen={() => openPost({ platform: p.platform, postId: p.postId })}
              onSetRole={(role) =>
                role === 'ignored'
                  ? ignore.ask({ platform: p.platform, handle: p.authorHandle })
                  : setRole(p.platform, p.authorHandle, role ?? 'none')
              }
            />
          )}
        />
      )}
      {ignore.ui}
    </>
  );
}

/** Reposts' originals: from the rows already read, else read by key (an original outside the filter's range). */
function useRepostOriginals(rows: readonly PostRow[], list: readonly PostRow[]): ReadonlyMap<string, PostRow> {
  const byKey = useMemo(() => new Map(rows.map((p) => [postKey(p), p])), [rows]);
  const missing = useMemo(() => {
    const out = list.filter((p) => p.repostOf && !byKey.has(postKey({ platform: p.platform, postId: p.repostOf })));
    return out.length ? out : undefined;
  }, [list, byKey]);
  const read = useOriginals(missing);
  return useMemo(() => {
    if (!read?.size) return byKey;
    const all = new Map(byKey);
    for (const [, r] of read) all.set(postKey(r), r);
    return all;
  }, [byKey, read]);
}
