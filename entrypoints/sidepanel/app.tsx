import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { i18n } from '#i18n';
import { EngagementChart } from '@/components/charts/engagement-chart';
import { EmptyState } from '@/components/posts/empty-state';
import { HealthBar } from '@/components/posts/health-bar';
import { PostCard } from '@/components/posts/post-card';
import { Brand } from '@/components/ui/brand';
import { useNow } from '@/components/ui/use-now';
import { getDb } from '@/lib/db/db';
import { engagementPoints, recentPosts, type EngagementPoint } from '@/lib/db/queries';
import type { AccountRole } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/protocol';

const db = getDb();

export function App() {
  const accountRows = useLiveQuery(() => db.accounts.toArray());
  const accounts = useMemo(() => accountRows ?? [], [accountRows]);
  const health = useLiveQuery(() => db.health.toArray()) ?? [];
  const watched = accounts.filter((a) => a.role === 'competitor' || a.role === 'own');
  const [picked, setPicked] = useState<string | undefined>();
  // Default to the first watched account, so the chart shows something useful at once.
  const selected = picked ?? watched[0]?.handle ?? '';
  const posts = useLiveQuery(() => recentPosts(db, 'x', selected || undefined, 60), [selected]);
  const authors =
    useLiveQuery(async () => {
      const recent = await db.posts.orderBy('lastSeenAt').reverse().limit(500).toArray();
      return [...new Map(recent.map((p) => [p.authorKey, p.authorHandle])).entries()];
    }) ?? [];
  const points =
    useLiveQuery(() => (selected ? engagementPoints(db, 'x', selected) : Promise.resolve([] as EngagementPoint[])), [selected]) ?? [];
  const roles = useMemo(() => new Map(accounts.map((a) => [`${a.platform}:${a.handle}`, a.role])), [accounts]);
  const originals = useLiveQuery(async () => {
    const ids = (posts ?? []).flatMap((p) => (p.repostOf ? [p.repostOf] : []));
    const rows = await db.posts.bulkGet(ids.map((id) => ['x', id] as [string, string]));
    return new Map(rows.flatMap((r) => (r ? [[r.postId, r] as const] : [])));
  }, [posts]);
  const now = useNow();

  const setRole = (handle: string, role: AccountRole | undefined) =>
    void sendMessage('setAccountRole', { platform: 'x', handle, role: role ?? 'none' });

  if (posts === undefined) return null;
  const displayName = authors.find(([k]) => k === selected)?.[1] ?? selected;
  const isEmpty = posts.length === 0 && !selected;

  return (
    <main className="stack" style={{ padding: 14 }}>
      <div className="row">
        <Brand subtitle={i18n.t('appTagline')} />
      </div>
      <HealthBar rows={health} now={now} />
      {isEmpty ? (
        <EmptyState />
      ) : (
        <>
          <div className="row">
            <h2>{i18n.t('panelTitle')}</h2>
            <span className="spacer" />
            <select
              aria-label={i18n.t('panelChartPick')}
              value={selected}
              onChange={(e) => setPicked(e.target.value)}
              data-testid="author-filter"
            >
              <option value="">{i18n.t('panelFilterAll')}</option>
              {[...new Map([...watched.map((a) => [a.handle, a.displayHandle] as const), ...authors]).entries()].map(([key, name]) => (
                <option key={key} value={key}>
                  @{name}
                </option>
              ))}
            </select>
          </div>
          {selected ? (
            <section className="card stack" data-testid="engagement-chart">
              <h2>{i18n.t('panelChartTitle', [displayName])}</h2>
              <div className="muted small">{i18n.t('panelChartHint')}</div>
              {points.length >= 2 ? (
                <EngagementChart points={points} seriesLabel={i18n.t('panelChartSeries')} />
              ) : (
                <div className="muted">{i18n.t('panelChartEmpty', [displayName])}</div>
              )}
            </section>
          ) : (
            <div className="muted small">{i18n.t('panelChartPick')}</div>
          )}
          {posts.map((p) => (
            <PostCard
              key={`${p.platform}:${p.postId}`}
              post={p}
              now={now}
              role={roles.get(`${p.platform}:${p.authorKey}`)}
              original={p.repostOf ? originals?.get(p.repostOf) : undefined}
              onSetRole={(role) => setRole(p.authorHandle, role)}
            />
          ))}
        </>
      )}
    </main>
  );
}
