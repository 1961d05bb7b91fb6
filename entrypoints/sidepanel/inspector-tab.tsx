import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useInspector, usePostsById } from '@/components/data/use-inspector';
import { useSettings } from '@/components/data/use-settings';
import { downloadBlob } from '@/components/ui/download';
import { useLocale } from '@/components/ui/locale';
import { formatRelative } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { coverageRatio, problemReport, type InspectorState } from '@/lib/inspector/state';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { useActiveTab } from './use-active-tab';
import type { SkipReason } from '@/lib/platforms/types';

const REASON: Record<SkipReason | 'notUnderstood', () => string> = {
  noId: () => t('skipNoId'),
  noAuthor: () => t('skipNoAuthor'),
  unknownShape: () => t('skipUnknownShape'),
  refusedValue: () => t('skipRefusedValue'),
  notUnderstood: () => t('skipNotUnderstood'),
};

// A no-break space: "100 %" never breaks before the sign.
const pct = (r: number | undefined) => (r === undefined ? '–' : `${Math.floor(r * 100)}\u00a0%`);
const skipText = (skipped: Partial<Record<SkipReason, number>>) =>
  (Object.entries(skipped) as Array<[SkipReason, number]>)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${REASON[k]()}`)
    .join(', ');

/** "On this page": what capture read in the active tab this visit, live, and a sanitised problem report. */
const POSTS_SHOWN = 10;
const PROFILES_SHOWN = 5;

export function InspectorTab({ now }: { now: number }) {
  const [allPosts, setAllPosts] = useState(false);
  const tab = useActiveTab();
  const state = useInspector(tab?.platform ? tab.tabId : undefined);
  const settings = useSettings();
  const locale = useLocale();
  const live = state && tab?.platform === state.platform ? state : undefined;
  const posts = usePostsById(live?.platform, live?.posts.map(([id]) => id) ?? []);

  if (!tab || (state === undefined && tab.platform)) return null;
  if (!tab.platform) {
    return (
      <div className="empty card" data-testid="inspector-empty" data-state="notPlatform">
        <p className="lead">{t('inspectorNotPlatform')}</p>
      </div>
    );
  }
  const name = PLATFORM_NAMES[tab.platform];
  if (settings && !settings.capture[tab.platform]) {
    return (
      <div className="empty card" data-testid="inspector-empty" data-state="paused">
        <p className="lead">{t('inspectorPaused', [name])}</p>
        <button onClick={() => void browser.runtime.openOptionsPage()}>{t('inspectorOpenSettings')}</button>
      </div>
    );
  }
  if (!live || (!live.totals.seen && !live.responses.length)) {
    return (
      <div className="empty card" data-testid="inspector-empty" data-state="nothingYet">
        <p className="lead">{t('inspectorNothingYet', [name])}</p>
        <p className="muted small">{t('inspectorReloadHint')}</p>
      </div>
    );
  }
  const coverage = coverageRatio(live.totals);
  const skipped = skipText(live.totals.skipped);
  return (
    <section className="stack" data-testid="inspector" aria-live="polite">
      <div className="card stack">
        <div className="row wrap" style={{ justifyContent: 'space-between' }}>
          <strong>{t('inspectorTitle', [name])}</strong>
          <span className="muted small">{t('inspectorSince', [formatRelative(live.startedAt, now, locale)])}</span>
        </div>
        <div data-testid="inspector-coverage" data-coverage={coverage === undefined ? '' : String(coverage)}>
          {t('inspectorCoverage', [pct(coverage), String(live.totals.kept), String(live.totals.seen)])}
        </div>
        {skipped ? (
          <div className={`notice ${coverage !== undefined && coverage < 0.8 ? 'warn' : ''}`} data-testid="inspector-skips">
            {t('inspectorSkipped', [skipped])}
          </div>
        ) : null}
        {live.profiles.length ? (
          <div className="small">
            {t('inspectorProfiles')}{' '}
            <span data-testid="inspector-profiles" title={live.profiles.map((h) => `@${h}`).join(', ')}>
              {live.profiles
                .slice(0, PROFILES_SHOWN)
                .map((h) => `@${h}`)
                .join(', ')}
              {live.profiles.length > PROFILES_SHOWN
                ? ` ${t('inspectorMoreProfiles', [String(live.profiles.length - PROFILES_SHOWN)])}`
                : ''}
            </span>
          </div>
        ) : null}
      </div>

      <details className="card" open={live.responses.length <= 6}>
        <summary>{t('inspectorResponses', [String(live.responses.length)])}</summary>
        <ul className="plain small" data-testid="inspector-responses">
          {live.responses.map((r, i) => (
            <li key={`${r.at}-${i}`} data-endpoint={r.endpoint}>
              <code>{r.endpoint === 'page' ? t('inspectorFromPage') : r.endpoint}</code> ·{' '}
              {t('inspectorKeptOf', [String(r.kept), String(r.seen)])}
              {skipText(r.skipped) ? <span className="muted"> · {skipText(r.skipped)}</span> : null}
            </li>
          ))}
        </ul>
      </details>

      {live.warnings.length ? (
        <div className="card stack small" data-testid="inspector-warnings">
          <strong>{t('inspectorWarnings')}</strong>
          {live.warnings.map((w, i) => (
            <div key={`${w.at}-${i}`} className="muted">
              {w.text}
            </div>
          ))}
        </div>
      ) : null}

      <div className="card stack">
        <strong>{t('inspectorPosts', [String(live.posts.length)])}</strong>
        {!live.posts.length ? (
          <p className="muted small">{live.totals.seen > live.totals.kept ? t('inspectorAllSkipped') : t('inspectorNoPosts', [name])}</p>
        ) : null}
        <ul className="plain stack small" data-testid="inspector-posts">
          {(posts ?? []).slice(0, allPosts ? 300 : POSTS_SHOWN).map((p) => (
            <li key={p.postId} data-post={p.postId}>
              <a href={p.url} target="_blank" rel="noopener noreferrer">
                @{p.authorHandle}
              </a>{' '}
              <span className="muted">{p.text ? p.text.slice(0, 90) + (p.text.length > 90 ? '…' : '') : t('inspectorNoText')}</span>
            </li>
          ))}
        </ul>
        {!allPosts && (posts?.length ?? 0) > POSTS_SHOWN ? (
          <button className="link small" data-action="all-posts" onClick={() => setAllPosts(true)}>
            {t('inspectorAllPosts', [String(posts!.length)])}
          </button>
        ) : null}
      </div>

      <ProblemReport state={live} now={now} />
    </section>
  );
}

/** The problem report, shown in full before it downloads. */
function ProblemReport({ state, now }: { state: InspectorState; now: number }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button data-testid="report-problem" onClick={() => setOpen(true)}>
        {t('inspectorReport')}
      </button>
    );
  const report = problemReport(state, browser.runtime.getManifest().version, now);
  const text = JSON.stringify(report, null, 2);
  return (
    <div className="card stack" data-testid="report-preview">
      <strong>{t('inspectorReportTitle')}</strong>
      <p className="small muted">{t('inspectorReportExplain')}</p>
      <pre
        className="small"
        style={{ maxHeight: 240, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
        data-testid="report-json"
      >
        {text}
      </pre>
      <div className="row">
        <button
          className="primary"
          data-testid="report-download"
          onClick={() => {
            downloadBlob(new Blob([text], { type: 'application/json' }), `pantau-capture-problem-${report.platform}-${report.date}.json`);
            setOpen(false);
          }}
        >
          {t('inspectorReportDownload')}
        </button>
        <button onClick={() => setOpen(false)}>{t('inspectorReportCancel')}</button>
      </div>
    </div>
  );
}
