import { excerpt } from '@/lib/excerpt';
import { formatCompact } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import type { RatedPost } from '@/lib/insights/compute';
import { isBreakout } from '@/lib/metrics/usual';
import { useOpenPost } from '../posts/open-post';
import { useLocale } from '../ui/locale';

/** Breakouts first, then the most engaged: whose post, when, an excerpt, and "× its usual" by the one rule. */
export function TopPosts({ posts, date }: { posts: RatedPost[]; date: (ms: number) => string }) {
  const locale = useLocale();
  const openPost = useOpenPost();
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <div className="stack">
      {posts.map((p) => (
        <button
          key={p.post.postId}
          className="top-post"
          data-top-post={p.post.postId}
          onClick={() => openPost({ platform: p.post.platform, postId: p.post.postId })}
        >
          <span className="row small">
            <b>@{p.post.authorHandle}</b>
            <span className="muted">{date(p.createdAt)}</span>
            <span className="spacer" />
            <b>{formatCompact(p.engagement, locale)}</b>
          </span>
          {/* An excerpt cut before layout: a 50,000-character post costs what 80 characters cost. */}
          <span className="post-excerpt small">{excerpt(p.post.text || p.post.postId, 120).text}</span>
          <span className="small">
            {p.usual ? (
              <span className={`pill${isBreakout(p.usual) ? ' hot' : ''}`} data-times-usual={p.usual.ratio}>
                {isBreakout(p.usual) ? t('breakoutLabel', [num.format(p.usual.ratio)]) : t('timesUsual', [num.format(p.usual.ratio)])}
              </span>
            ) : (
              <span className="muted">{t('usualNone')}</span>
            )}
          </span>
        </button>
      ))}
    </div>
  );
}
