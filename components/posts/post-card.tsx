import { t } from '@/lib/i18n/t';
import type { AccountRole, PostRow } from '@/lib/db/schema';
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
}

/** One captured post. Captured text is rendered as text, and only http(s) URLs become links. */
export function PostCard({ post, role, now, original, onSetRole }: PostCardProps) {
  const locale = useLocale();
  const created = Date.parse(post.createdAt);
  // A repost shows the original's content and counters; the card stays the reposter's.
  const shown = post.repostOf ? original : post;
  // An original that was not captured: its address from its id where the platform has one, else the repost's own.
  const href = safeHttpUrl(shown?.url ?? (post.repostOf && getAdapter(post.platform)?.postUrlOfId?.(post.repostOf)) ?? post.url);
  return (
    <article className="card" data-post-id={post.postId}>
      <div className="row">
        <strong>@{post.authorHandle}</strong>
        <span className="muted small">{PLATFORM_NAMES[post.platform]}</span>
        {role === 'competitor' && <span className="pill">{t('panelRoleCompetitor')}</span>}
        {role === 'own' && <span className="pill own">{t('panelRoleOwn')}</span>}
        <span className="spacer" />
        {Number.isFinite(created) && (
          <time className="muted small" dateTime={post.createdAt} title={formatDateTime(created, locale)}>
            {formatRelative(created, now, locale)}
          </time>
        )}
      </div>
      {post.repostOf && (
        <div className="muted small">
          ↻ {t('panelReposted')}
          {shown ? ` @${shown.authorHandle}` : ''}
        </div>
      )}
      {shown && (
        <>
          <p className="post-text">{shown.text}</p>
          {shown.quoteOf && <div className="muted small">❝ {t('panelQuoted')}</div>}
          <MetricRow metrics={shown.metrics} approximate={shown.approximate} />
        </>
      )}
      <div className="row" style={{ marginTop: 8 }}>
        {href && (
          <a href={href} target="_blank" rel="noopener noreferrer" className="small">
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
