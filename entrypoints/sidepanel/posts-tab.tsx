import { useMemo } from 'react';
import { EngagementChart } from '@/components/charts/engagement-chart';
import { PostCard } from '@/components/posts/post-card';
import { Watchlist } from '@/components/posts/watchlist';
import type { AccountRow, PostRow } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import type { PlatformId } from '@/lib/platforms/types';
import { setRole } from './set-role';
import type { Feed } from './use-feed';

/** Platform and author filters, the author's engagement chart, the latest posts and the watchlist. */
export function PostsTab({
  feed: { platform, author, pick, authors, points, originals },
  posts,
  accounts,
  watched,
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
  const roles = useMemo(() => new Map(accounts.map((a) => [`${a.platform}:${a.handle}`, a.role])), [accounts]);
  const displayName = authors.find(([k]) => k === author)?.[1] ?? author ?? '';
  return (
    <>
      <div className="row wrap">
        <h2>{t('panelTitle')}</h2>
        <span className="spacer" />
        <select
          aria-label={t('panelPlatformAll')}
          value={platform ?? ''}
          data-testid="platform-filter"
          onChange={(e) => pick({ platform: (e.target.value || undefined) as PlatformId | undefined })}
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
            onChange={(e) => pick({ platform, author: e.target.value || undefined })}
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
  );
}
