import { i18n } from '#i18n';
import type { AccountRole, PostRow } from '@/lib/db/schema';
import { formatDateTime, formatRelative, safeHttpUrl } from '@/lib/format';
import { useLocale } from '../ui/locale';
import { MetricRow } from './metric-row';

export interface PostCardProps {
  post: PostRow;
  role?: AccountRole;
  now: number;
  /** URL of the original when this row is a repost. */
  originalUrl?: string;
  onSetRole(role: AccountRole | undefined): void;
}

/** One captured post. Captured text is rendered as text, and only http(s) URLs become links. */
export function PostCard({ post, role, now, originalUrl, onSetRole }: PostCardProps) {
  const locale = useLocale();
  const created = Date.parse(post.createdAt);
  const href = safeHttpUrl(originalUrl ?? post.url);
  return (
    <article className="card" data-post-id={post.postId}>
      <div className="row">
        <strong>@{post.authorHandle}</strong>
        {role === 'competitor' && <span className="pill">{i18n.t('panelRoleCompetitor')}</span>}
        {role === 'own' && <span className="pill own">{i18n.t('panelRoleOwn')}</span>}
        <span className="spacer" />
        {Number.isFinite(created) && (
          <time className="muted small" dateTime={post.createdAt} title={formatDateTime(created, locale)}>
            {formatRelative(created, now, locale)}
          </time>
        )}
      </div>
      {post.repostOf ? (
        <div className="muted small">↻ {i18n.t('panelReposted')}</div>
      ) : (
        <>
          <p className="post-text">{post.text}</p>
          {post.quoteOf && <div className="muted small">❝ {i18n.t('panelQuoted')}</div>}
          <MetricRow metrics={post.metrics} approximate={post.approximate} />
        </>
      )}
      <div className="row" style={{ marginTop: 8 }}>
        {href && (
          <a href={href} target="_blank" rel="noopener noreferrer" className="small">
            {i18n.t('panelViewPost')} ↗
          </a>
        )}
        <span className="spacer" />
        {role === 'competitor' || role === 'own' ? (
          <button className="small" onClick={() => onSetRole(undefined)}>
            {i18n.t('panelUnwatch')}
          </button>
        ) : (
          <>
            <button className="small" data-action="mark-competitor" onClick={() => onSetRole('competitor')}>
              {i18n.t('panelMarkCompetitor')}
            </button>
            <button className="small" data-action="mark-own" onClick={() => onSetRole('own')}>
              {i18n.t('panelMarkOwn')}
            </button>
          </>
        )}
      </div>
    </article>
  );
}
