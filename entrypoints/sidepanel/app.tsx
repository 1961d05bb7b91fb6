import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { t } from '@/lib/i18n/t';
import { EngagementChart } from '@/components/charts/engagement-chart';
import { EmptyState } from '@/components/posts/empty-state';
import { HealthBar } from '@/components/posts/health-bar';
import { PostCard } from '@/components/posts/post-card';
import { ContextCard } from '@/components/insights/context-card';
import { WatchCard } from '@/components/posts/watch-card';
import { Watchlist } from '@/components/posts/watchlist';
import { Brand } from '@/components/ui/brand';
import { useNow } from '@/components/ui/use-now';
import { getDb } from '@/lib/db/db';
import { engagementPoints, recentPosts } from '@/lib/db/queries';
import { computeInsights } from '@/lib/insights/compute';
import { loadInsightRows } from '@/lib/insights/load';
import { paceOfPost } from '@/lib/insights/pace';
import { standing } from '@/lib/metrics/outliers';
import { getSettings } from '@/lib/settings';
import type { AccountRole } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/protocol';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms/types';
import { InsightsTab } from './insights-tab';
import { useActiveProfile } from './use-active-profile';

const db = getDb();
const setRole = (platform: PlatformId, handle: string, role: AccountRole | 'none', group?: string) =>
  void sendMessage('setAccountRole', { platform, handle, role, ...(group ? { group } : {}) });

export function App() {
  const now = useNow();
  const accountRows = useLiveQuery(() => db.accounts.toArray());
  const accounts = useMemo(() => accountRows ?? [], [accountRows]);
  const health = useLiveQuery(() => db.health.toArray()) ?? [];
  const active = useActiveProfile();
  const watched = accounts.filter((a) => a.role === 'competitor' || a.role === 'own');
  // A post page names its author in the URL, or the stored post does.
  const activePost = useLiveQuery(
    async () => (active?.postId ? db.posts.get([active.platform, active.postId]) : undefined),
    [active?.platform, active?.postId],
  );
  const activeHandle = active?.handle ?? activePost?.authorHandle;
  // The panel opens on the account of the active tab when it is watched, else the first watched one.
  const activeWatched =
    active && activeHandle ? watched.find((a) => a.platform === active.platform && a.handle === activeHandle.toLowerCase()) : undefined;
  const context = useLiveQuery(async () => {
    if (!activeWatched) return undefined;
    const to = now;
    const from = to - 90 * 86_400_000;
    const rows = await loadInsightRows(db, { platform: activeWatched.platform, accounts: [activeWatched.handle], from, to });
    const { engagementCounters } = await getSettings();
    const insights = computeInsights({
      ...rows,
      from,
      to,
      now: to,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      counters: engagementCounters,
    });
    const mine = active?.postId ? insights.posts.find((p) => p.post.postId === active.postId) : undefined;
    const ers = insights.posts.flatMap((p) => (p.er !== undefined ? [p.er] : []));
    const pace = active?.postId ? paceOfPost(active.postId, rows, to, engagementCounters) : undefined;
    return { insights, current: mine?.er !== undefined ? standing(mine.er, ers) : undefined, pace };
  }, [activeWatched?.platform, activeWatched?.handle, active?.postId, now]);
  const [picked, setPicked] = useState<{ platform?: PlatformId; author?: string }>();
  const [tab, setTab] = useState<'posts' | 'insights'>('posts');
  const platform = picked ? picked.platform : (activeWatched?.platform ?? watched[0]?.platform);
  const author = picked ? picked.author : (activeWatched?.handle ?? watched[0]?.handle);
  const posts = useLiveQuery(() => recentPosts(db, platform, platform ? author : undefined, 60), [platform, author]);
  const authors =
    useLiveQuery(async () => {
      const recent = await db.posts.orderBy('lastSeenAt').reverse().limit(500).toArray();
      return [...new Map(recent.filter((p) => !platform || p.platform === platform).map((p) => [p.authorKey, p.authorHandle])).entries()];
    }, [platform]) ?? [];
  const points =
    useLiveQuery(() => (platform && author ? engagementPoints(db, platform, author) : Promise.resolve([])), [platform, author]) ?? [];
  const roles = useMemo(() => new Map(accounts.map((a) => [`${a.platform}:${a.handle}`, a.role])), [accounts]);
  const originals = useLiveQuery(async () => {
    const keys = (posts ?? []).flatMap((p) => (p.repostOf ? [[p.platform, p.repostOf] as [string, string]] : []));
    const rows = await db.posts.bulkGet(keys);
    return new Map(rows.flatMap((r) => (r ? [[`${r.platform}:${r.postId}`, r] as const] : [])));
  }, [posts]);
  const platforms =
    useLiveQuery(async () => {
      const seen = new Set((await db.health.toArray()).map((h) => h.platform));
      return PLATFORM_IDS.filter((p) => seen.has(p));
    }) ?? [];

  if (posts === undefined) return null;
  const displayName = authors.find(([k]) => k === author)?.[1] ?? author ?? '';
  const isEmpty = posts.length === 0 && !platform && accounts.length === 0;
  const activeRole = active?.handle ? roles.get(`${active.platform}:${active.handle.toLowerCase()}`) : undefined;

  return (
    <main className="stack" style={{ padding: 14 }}>
      <Brand subtitle={t('appTagline')} />
      <HealthBar rows={health} now={now} />
      {active?.handle && !active.postId && !activeWatched && (
        <WatchCard
          handle={active.handle}
          platformName={PLATFORM_NAMES[active.platform]}
          role={activeRole}
          onWatch={(role) => setRole(active.platform, active.handle!, role)}
        />
      )}
      {activeWatched && context && (
        <ContextCard
          handle={activeWatched.displayHandle}
          postsPerWeek={context.insights.cadence.postsPerWeek}
          best={context.insights.best}
          {...(context.insights.medianEr !== undefined ? { medianEr: context.insights.medianEr } : {})}
          {...(context.current ? { current: context.current } : {})}
          {...(context.pace ? { pace: context.pace } : {})}
        />
      )}
      {!isEmpty && (
        <div className="tabs" role="tablist">
          <button role="tab" aria-selected={tab === 'posts'} data-tab="posts" onClick={() => setTab('posts')}>
            {t('tabPosts')}
          </button>
          <button role="tab" aria-selected={tab === 'insights'} data-tab="insights" onClick={() => setTab('insights')}>
            {t('tabInsights')}
          </button>
        </div>
      )}
      {isEmpty ? (
        <EmptyState />
      ) : tab === 'insights' ? (
        <InsightsTab
          platforms={platforms}
          initialAccount={activeWatched ? { platform: activeWatched.platform, handle: activeWatched.handle } : undefined}
        />
      ) : (
        <>
          <div className="row wrap">
            <h2>{t('panelTitle')}</h2>
            <span className="spacer" />
            <select
              aria-label={t('panelPlatformAll')}
              value={platform ?? ''}
              data-testid="platform-filter"
              onChange={(e) => setPicked({ platform: (e.target.value || undefined) as PlatformId | undefined })}
            >
              <option value="">{t('panelPlatformAll')}</option>
              {platforms.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_NAMES[p]}
                </option>
              ))}
            </select>
            {platform && (
              <select
                aria-label={t('panelChartPick')}
                value={author ?? ''}
                data-testid="author-filter"
                onChange={(e) => setPicked({ platform, author: e.target.value || undefined })}
              >
                <option value="">{t('panelFilterAll')}</option>
                {[
                  ...new Map([
                    ...watched.filter((a) => a.platform === platform).map((a) => [a.handle, a.displayHandle] as const),
                    ...authors,
                  ]).entries(),
                ].map(([key, name]) => (
                  <option key={key} value={key}>
                    @{name}
                  </option>
                ))}
              </select>
            )}
          </div>
          {platform && author ? (
            <section className="card stack" data-testid="engagement-chart">
              <h2>{t('panelChartTitle', [displayName])}</h2>
              <div className="muted small">{t('panelChartHint')}</div>
              {points.length >= 2 ? (
                <EngagementChart points={points} seriesLabel={t('panelChartSeries')} />
              ) : (
                <div className="muted">{t('panelChartEmpty', [displayName])}</div>
              )}
            </section>
          ) : (
            <div className="muted small">{t('panelChartPick')}</div>
          )}
          {posts.map((p) => (
            <PostCard
              key={`${p.platform}:${p.postId}`}
              post={p}
              now={now}
              role={roles.get(`${p.platform}:${p.authorKey}`)}
              original={p.repostOf ? originals?.get(`${p.platform}:${p.repostOf}`) : undefined}
              onSetRole={(role) => setRole(p.platform, p.authorHandle, role ?? 'none')}
            />
          ))}
          <Watchlist accounts={accounts} onChange={(a, role, group) => setRole(a.platform, a.displayHandle, role, group)} />
        </>
      )}
    </main>
  );
}
