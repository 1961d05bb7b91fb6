import { useCallback, useMemo, useState } from 'react';
import { useDrafts } from '@/components/data/use-drafts';
import { useHealth, useSeenPlatforms } from '@/components/data/use-health';
import { useWatchlist } from '@/components/data/use-watchlist';
import { EmptyState } from '@/components/posts/empty-state';
import { HealthBar } from '@/components/posts/health-bar';
import { Brand } from '@/components/ui/brand';
import { HostAccessPrompt } from '@/components/ui/host-access';
import { StorageFullBanner } from '@/components/ui/storage-full';
import { useNow } from '@/components/ui/use-now';
import { OpenPostContext, type PostRef } from '@/components/posts/open-post';
import { PostDetail } from '@/components/posts/post-detail';
import { t } from '@/lib/i18n/t';
import { AccountsTab } from './accounts-tab';
import { ActiveContext } from './active-context';
import { Attention } from './attention';
import { CalendarTab } from './calendar-tab';
import { ComposeTab } from './compose-tab';
import { DraftsTab } from './drafts-tab';
import { usePanelTab } from './use-panel-tab';
import { InsightsTab } from './insights-tab';
import { InspectorTab } from './inspector-tab';
import { PostsTab } from './posts-tab';
import { useActiveAccount } from './use-active-account';
import { useActiveProfile } from './use-active-profile';
import { useFeed } from './use-feed';
import { useWorkingDraft } from './use-working-draft';

type Tab = 'posts' | 'accounts' | 'insights' | 'compose' | 'drafts' | 'calendar' | 'inspector';
const TABS: Array<[Tab, () => string]> = [
  ['posts', () => t('tabPosts')],
  ['accounts', () => t('tabAccounts')],
  ['insights', () => t('tabInsights')],
  ['compose', () => t('tabCompose')],
  ['drafts', () => t('tabDrafts')],
  ['calendar', () => t('tabCalendar')],
  ['inspector', () => t('tabInspector')],
];
const ON_CALENDAR = ['scheduled', 'due', 'missed', 'posted'] as const;

/** The side panel: health and the active tab's context above, then the four tabs. */
export function App() {
  const now = useNow();
  const accountRows = useWatchlist();
  const accounts = useMemo(() => accountRows ?? [], [accountRows]);
  const watched = accounts.filter((a) => a.role === 'competitor' || a.role === 'own');
  const health = useHealth() ?? [];
  const platforms = useSeenPlatforms() ?? [];
  const active = useActiveProfile();
  const activeWatched = useActiveAccount(active, watched);
  const [tab, setTabOnly] = useState<Tab>('posts');
  // A post's detail page, over whichever tab opened it (the tab stays mounted, its picks kept).
  const [detail, setDetail] = useState<PostRef>();
  const setTab = useCallback((next: Tab) => (setDetail(undefined), setTabOnly(next)), []);
  const openPost = useCallback((ref: PostRef) => {
    setDetail(ref);
    window.scrollTo({ top: 0 });
  }, []);
  usePanelTab(
    TABS.map(([id]) => id),
    setTab,
  );
  const composer = useWorkingDraft(useCallback(() => setTab('compose'), [setTab]));
  // Read here, not in the tabs: a tab opens with its data already there.
  const feed = useFeed(watched, activeWatched);
  const calendarDrafts = useDrafts(ON_CALENDAR) ?? [];

  if (feed.posts === undefined) return null;
  const isEmpty = feed.posts.length === 0 && !feed.platform && accounts.length === 0;

  return (
    <OpenPostContext.Provider value={openPost}>
      <main className="stack" style={{ padding: 14 }}>
        <Brand subtitle={t('appTagline')} />
        <StorageFullBanner />
        <HostAccessPrompt />
        <HealthBar rows={health} now={now} />
        <ActiveContext active={active} activeWatched={activeWatched} accounts={accounts} now={now} />
        <Attention onEdit={composer.edit} />
        <div className="tabs" role="tablist">
          {TABS.map(([id, label]) => (
            <button key={id} role="tab" aria-selected={tab === id} data-tab={id} onClick={() => setTab(id)}>
              {label()}
            </button>
          ))}
        </div>
        {detail && <PostDetail postRef={detail} onClose={() => setDetail(undefined)} />}
        <div className="stack" hidden={!!detail}>
          {tab === 'compose' ? (
            composer.state && composer.settings && composer.connections ? (
              <ComposeTab
                state={composer.state}
                onChange={composer.change}
                onNew={composer.startNew}
                kept={composer.kept}
                connections={composer.connections}
                settings={composer.settings}
              />
            ) : null
          ) : tab === 'drafts' ? (
            <DraftsTab now={now} onEdit={composer.edit} />
          ) : tab === 'inspector' ? (
            <InspectorTab now={now} />
          ) : tab === 'calendar' ? (
            <CalendarTab drafts={calendarDrafts} now={now} onEdit={composer.edit} />
          ) : isEmpty ? (
            <EmptyState />
          ) : tab === 'accounts' ? (
            <AccountsTab accounts={accounts} now={now} />
          ) : tab === 'insights' ? (
            <InsightsTab
              platforms={platforms}
              initialAccount={activeWatched ? { platform: activeWatched.platform, handle: activeWatched.handle } : undefined}
            />
          ) : (
            <PostsTab feed={feed} posts={feed.posts} accounts={accounts} watched={watched} platforms={platforms} now={now} />
          )}
        </div>
      </main>
    </OpenPostContext.Provider>
  );
}
