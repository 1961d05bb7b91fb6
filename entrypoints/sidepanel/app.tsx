import { useEffect, useMemo, useState } from 'react';
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
import { StorageFullBanner } from '@/components/ui/storage-full';
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
import { Calendar } from '@/components/composer/calendar';
import type { ComposerState } from '@/components/composer/composer';
import { postNow } from '@/components/composer/post-now';
import { DraftList } from '@/components/composer/draft-list';
import { errorText } from '@/components/ui/errors';
import type { DraftRow } from '@/lib/db/schema';
import type { Connections } from '@/lib/messaging/protocol';
import { composerStateItem, composeTargetsItem, openDraftItem, type Settings } from '@/lib/settings';
import { ComposeTab } from './compose-tab';
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
  const [tab, setTab] = useState<Tab>('posts');
  const composer = useComposer(setTab);
  const attention = useLiveQuery(() => db.drafts.where('status').anyOf('due', 'missed').toArray()) ?? [];
  const calendarDrafts = useLiveQuery(() => db.drafts.where('status').anyOf('scheduled', 'due', 'missed', 'posted').toArray()) ?? [];
  const [draftNotice, setDraftNotice] = useState<{ kind: string; text: string }>();
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
      <StorageFullBanner />
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
      {attention.length > 0 && (
        <section className="card stack attention" data-testid="attention">
          <DraftList
            drafts={attention}
            onPost={(d) => void postNow(d).then(setDraftNotice)}
            onEdit={(d) => composer.edit(d)}
            onMarkPosted={(d) => void sendMessage('markDraftPosted', { id: d.id })}
            onDelete={(d) => void sendMessage('deleteDraft', { id: d.id })}
          />
          {draftNotice && (
            <div className={`notice ${draftNotice.kind}`} role="status">
              {draftNotice.text}
            </div>
          )}
        </section>
      )}
      <div className="tabs" role="tablist">
        {TABS.map(([id, label]) => (
          <button key={id} role="tab" aria-selected={tab === id} data-tab={id} onClick={() => setTab(id)}>
            {label()}
          </button>
        ))}
      </div>
      {tab === 'compose' ? (
        composer.state && composer.settings && composer.connections ? (
          <ComposeTab state={composer.state} onChange={composer.change} connections={composer.connections} settings={composer.settings} />
        ) : null
      ) : tab === 'calendar' ? (
        <Calendar
          drafts={calendarDrafts}
          now={now}
          onEdit={(d) => composer.edit(d)}
          onReschedule={async (d, at) => {
            const res = await sendMessage('rescheduleDraft', { id: d.id, scheduledAt: at });
            return res.ok ? undefined : errorText(res.error, res.detail);
          }}
        />
      ) : isEmpty ? (
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

type Tab = 'posts' | 'insights' | 'compose' | 'calendar';
const TABS: Array<[Tab, () => string]> = [
  ['posts', () => t('tabPosts')],
  ['insights', () => t('tabInsights')],
  ['compose', () => t('tabCompose')],
  ['calendar', () => t('tabCalendar')],
];

const editable = (d: DraftRow): ComposerState => ({
  id: d.id,
  text: d.text,
  platforms: d.platforms,
  ...(d.variants ? { variants: d.variants } : {}),
  ...(d.threads ? { threads: d.threads } : {}),
  ...(d.thread !== undefined ? { thread: d.thread } : {}),
  ...(d.numbering !== undefined ? { numbering: d.numbering } : {}),
  ...(d.campaign !== undefined ? { campaign: d.campaign } : {}),
  ...(d.utm !== undefined ? { utm: d.utm } : {}),
});

/**
 * The composer's working draft: autosaved to storage as the user types (closing the panel loses
 * nothing), opened on a draft by the context menu, the keyboard command or a click in the lists.
 */
function useComposer(setTab: (t: Tab) => void) {
  const [state, setState] = useState<ComposerState>();
  const [settings, setSettings] = useState<Settings>();
  const [connections, setConnections] = useState<Connections>();
  useEffect(() => {
    void getSettings().then(setSettings);
    void sendMessage('getConnections', {}).then(
      (c) => setConnections(c.ok ? c : {}),
      () => setConnections({}),
    );
    const openDraft = async (id: string | null) => {
      if (!id) return;
      await openDraftItem.setValue(null);
      const row = id === 'new' ? undefined : await db.drafts.get(id);
      if (row) setState(editable(row));
      else if (id === 'new') setState({ text: '', platforms: await composeTargetsItem.getValue() });
      setTab('compose');
    };
    void (async () => {
      const [stored, platforms] = await Promise.all([composerStateItem.getValue(), composeTargetsItem.getValue()]);
      setState((s) => s ?? stored ?? { text: '', platforms });
      await openDraft(await openDraftItem.getValue());
    })();
    return openDraftItem.watch((id) => void openDraft(id));
  }, [setTab]);
  const change = (next: ComposerState) => {
    setState(next);
    void composerStateItem.setValue(next);
  };
  return {
    state,
    settings,
    connections,
    change,
    edit: (d: DraftRow) => {
      change(editable(d));
      setTab('compose');
    },
  };
}
