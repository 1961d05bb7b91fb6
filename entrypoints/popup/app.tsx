import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/t';
import { draftListActions } from '@/components/composer/draft-actions';
import { DraftList } from '@/components/composer/draft-list';
import { QuickComposer } from '@/components/composer/quick-composer';
import { useDrafts } from '@/components/data/use-drafts';
import { usePopupStats } from '@/components/data/use-popup-stats';
import { useToday } from '@/components/data/use-today';
import { TodayCard } from '@/components/popup/today-card';
import { Brand } from '@/components/ui/brand';
import { HostAccessPrompt } from '@/components/ui/host-access';
import { StorageFullBanner } from '@/components/ui/storage-full';
import { sendMessage } from '@/lib/messaging/protocol';
import { QUICK_TARGET } from '@/lib/platforms/registry';
import { composerTextItem, panelTabItem } from '@/lib/settings';
import { postNow } from '@/components/composer/post-now';
import { IS_FIREFOX } from '@/lib/background/target';
import { openSidePanel } from '@/lib/background/side-panel';

const UPCOMING = ['due', 'missed', 'scheduled'] as const;
const SAVED = ['draft'] as const;

export function App() {
  const { stats, stored } = usePopupStats();
  const drafts = useDrafts(UPCOMING) ?? [];
  const saved = useDrafts(SAVED);
  // Competitors' day is read after the counts have painted (their reads first).
  const today = useToday(stats !== undefined);
  const due = drafts.filter((d) => d.status === 'due').length;
  const missed = drafts.filter((d) => d.status === 'missed').length;
  const [text, setText] = useState<string | undefined>();

  useEffect(() => {
    void composerTextItem.getValue().then((v) => setText((t) => t ?? v));
  }, []);
  const updateText = (v: string) => {
    setText(v);
    void composerTextItem.setValue(v);
  };

  // The panel must open within the click's user gesture. Firefox's sidebar: before any await;
  // Chrome's side panel keeps the gesture across windows.getCurrent (it needs the window id).
  const openPanel = async (tab?: string) => {
    await (IS_FIREFOX ? openSidePanel(undefined) : openSidePanel((await browser.windows.getCurrent()).id));
    if (tab) await panelTabItem.setValue(tab);
    window.close();
  };

  return (
    <main className="stack" style={{ padding: 14 }}>
      <div className="row">
        <Brand />
        <span className="spacer" />
        <button
          data-action="open-settings"
          title={t('popupSettings')}
          aria-label={t('popupSettings')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          ⚙
        </button>
        <button data-action="open-panel" onClick={() => void openPanel()}>
          {t('popupOpenPanel')}
        </button>
      </div>
      <StorageFullBanner />
      <HostAccessPrompt />
      <button className="link small" data-action="open-inspector" onClick={() => void openPanel('inspector')}>
        {t('popupInspector')}
      </button>
      <div className="row stats" aria-label={t('popupToday')}>
        <div className="stat" data-stat="today">
          {/* Element Timing marks the first paint with real numbers (npm run bench: popup open to first meaningful paint). */}
          {stats ? (
            <b key="count" {...{ elementtiming: 'popup-stats' }}>
              {stats.today}
            </b>
          ) : (
            <b key="placeholder">–</b>
          )}
          <span className="muted small">{t('popupPostsSeenToday')}</span>
        </div>
        <div className="stat" data-stat="stored">
          <b>{stored ?? '–'}</b>
          <span className="muted small">{t('popupPostsStored')}</span>
        </div>
        <div className="stat" data-stat="watched">
          <b>{stats?.watched ?? '–'}</b>
          <span className="muted small">{t('popupWatchlist')}</span>
        </div>
        <button className="stat link" data-stat="drafts" title={t('popupDraftsOpen')} onClick={() => void openPanel('drafts')}>
          <b>{saved?.length ?? '–'}</b>
          <span className="muted small">{t('popupDrafts')}</span>
        </button>
      </div>
      {(due > 0 || missed > 0) && (
        <button className="link small notice" data-testid="popup-due" onClick={() => void openPanel('drafts')}>
          {t('popupDueMissed', [String(due), String(missed)])}
        </button>
      )}
      <TodayCard today={today} onOpen={(tab) => void openPanel(tab)} />
      {text !== undefined && (
        <QuickComposer
          text={text}
          onTextChange={updateText}
          now={Date.now}
          target={QUICK_TARGET}
          onSaveDraft={(t) => sendMessage('saveDraft', { text: t, platforms: [QUICK_TARGET] })}
          onSchedule={(t, at) => sendMessage('scheduleDraft', { text: t, platforms: [QUICK_TARGET], scheduledAt: at })}
          onPostOnX={(t) => sendMessage('composeNow', { target: QUICK_TARGET, parts: [t] })}
        />
      )}
      <DraftList drafts={drafts} onPost={(d) => void postNow(d)} {...draftListActions} />
    </main>
  );
}
