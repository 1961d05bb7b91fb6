import type { KeyboardEvent, MouseEvent } from 'react';
import { t } from '@/lib/i18n/t';
import type { AccountRole, PostRow } from '@/lib/db/schema';
import { excerpt } from '@/lib/excerpt';
import { formatDateTime, formatRelative, safeHttpUrl } from '@/lib/format';
import { getAdapter, PLATFORM_NAMES } from '@/lib/platforms/registry';
import { useLocale } from '../ui/locale';
import { MetricRow } from './metric-row';

export interface PostCardProps {
  post: PostRow;
  role?: AccountRole;
  now: number;
  /** The original post, when this row is a repost and the original was captured. */
  original?: PostRow;
  onSetRole(role: AccountRole | undefined): void;
  /** Open the post's detail (a click anywhere on the card but its own buttons and links, or Enter). */
  onOpen?(): void;
  /** What the list is sorted by, worded ("ER 2.4 %"), shown on the card. */
  rank?: string;
}

/** Clicks on these stay theirs; anywhere else on the card opens the post. */
const OWN_CONTROLS = 'a, button, input, select, textarea, summary, label';

/**
 * One captured post. Captured text is rendered as text, cut to a grapheme budget before layout
 * (the full text is in the post detail), and only http(s) URLs become links.
 */
export function PostCard({ post, role, now, original, onSetRole, onOpen, rank }: PostCardProps) {
  const locale = useLocale();
  const created = Date.parse(post.createdAt);
  // A repost shows the original's content and counters, and says whose they are.
  const shown = post.repostOf ? original : post;
  // An original that was not captured: its address from its id where the platform has one, else the repost's own.
  const href = safeHttpUrl(shown?.url ?? (post.repostOf && getAdapter(post.platform)?.postUrlOfId?.(post.repostOf)) ?? post.url);
  const open = onOpen
    ? {
        tabIndex: 0,
        'data-action': 'open-post',
        onClick: (e: MouseEvent) => {
          if (!(e.target as Element).closest?.(OWN_CONTROLS)) onOpen();
        },
        onKeyDown: (e: KeyboardEvent) => {
          if (e.key === 'Enter' && e.target === e.currentTarget) {
            e.preventDefault();
            onOpen();
          }
        },
      }
    : {};
  return (
    <article className={`card post-card${onOpen ? ' openable' : ''}`} data-post-id={post.postId} {...open}>
      <div className="row">
        <strong className="handle">@{post.authorHandle}</strong>
        <span className="muted small">{PLATFORM_NAMES[post.platform]}</span>
        {role === 'competitor' && <span className="pill">{t('panelRoleCompetitor')}</span>}
        {role === 'own' && <span className="pill own">{t('panelRoleOwn')}</span>}
        <span className="spacer" />
        {Number.isFinite(created) && (
          <time className="muted small nowrap" dateTime={post.createdAt} title={formatDateTime(created, locale)}>
            {formatRelative(created, now, locale)}
          </time>
        )}
      </div>
      {post.repostOf && (
        <div className="muted small" data-testid="repost-line">
          {shown ? t('postsRepostCounts', [post.authorHandle, shown.authorHandle]) : t('postsRepostUncaptured', [post.authorHandle])}
        </div>
      )}
      {shown && (
        <>
          <p className="post-text">{excerpt(shown.text).text}</p>
          {shown.quoteOf && <div className="muted small">❝ {t('panelQuoted')}</div>}
          <MetricRow metrics={shown.metrics} approximate={shown.approximate} />
        </>
      )}
      {rank && (
        <div className="small rank" data-testid="post-rank">
          {rank}
        </div>
      )}
      <div className="row wrap card-actions" style={{ marginTop: 8 }}>
        {href && (
          <a href={href} target="_blank" rel="noopener noreferrer" className="small nowrap">
            {t('panelViewPost')} ↗
          </a>
        )}
        <span className="spacer" />
        {role === 'competitor' || role === 'own' ? (
          <button className="small" onClick={() => onSetRole(undefined)}>
            {t('panelUnwatch')}
          </button>
        ) : (
          <>
            <button className="small" data-action="mark-competitor" onClick={() => onSetRole('competitor')}>
              {t('panelMarkCompetitor')}
            </button>
            <button className="small" data-action="mark-own" onClick={() => onSetRole('own')}>
              {t('panelMarkOwn')}
            </button>
            <button className="small" data-action="mark-ignored" title={t('optionsRetentionHint')} onClick={() => onSetRole('ignored')}>
              {t('panelMarkIgnore')}
            </button>
          </>
        )}
      </div>
    </article>
  );
}
