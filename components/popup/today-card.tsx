import { excerpt } from '@/lib/excerpt';
import { formatCompact, safeHttpUrl } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { tp } from '@/lib/i18n/plural';
import type { PostRow } from '@/lib/db/schema';
import type { TodayDigest } from '@/lib/insights/today';
import { useLocale } from '../ui/locale';

/** Graphemes of a post shown in the popup: about one line at 360 px. */
const POPUP_EXCERPT = 70;

/** The popup's "Competitors, last 24 hours": their top post and breakouts, or why there is nothing. */
export function TodayCard({ today, onOpen }: { today: TodayDigest | undefined; onOpen(tab: 'insights' | 'accounts'): void }) {
  const locale = useLocale();
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <section className="card stack" data-testid="popup-today" aria-busy={today === undefined}>
      <div className="row">
        <h2>{t('popupCompetitorsDay')}</h2>
        <span className="spacer" />
        <button className="link small nowrap" data-action="open-insights" onClick={() => onOpen('insights')}>
          {t('popupOpenInsights')}
        </button>
      </div>
      {today === undefined ? (
        <div className="muted small">…</div>
      ) : today.competitors === 0 ? (
        <div className="muted small" data-testid="popup-today-empty">
          {t('popupNoCompetitors')}{' '}
          <button className="link small" data-action="open-accounts" onClick={() => onOpen('accounts')}>
            {t('tabAccounts')}
          </button>
        </div>
      ) : today.posts === 0 ? (
        <div className="muted small" data-testid="popup-today-empty">
          {tp('popupQuietDay', today.competitors)}
        </div>
      ) : (
        <>
          <div className="muted small">{tp('popupDayPosts', today.posts)}</div>
          {today.top && (
            <PostLine
              post={today.top.post}
              label={t('popupTopPost')}
              figure={tp('popupEngagements', today.top.engagement, formatCompact(today.top.engagement, locale))}
              testid="popup-top"
            />
          )}
          {today.breakouts.length > 0 ? (
            today.breakouts.map((b) => (
              <PostLine
                key={`${b.post.platform}:${b.post.postId}`}
                post={b.post}
                label={t('popupBreakout')}
                figure={t('timesUsual', [num.format(b.ratio)])}
                testid="popup-breakout"
              />
            ))
          ) : (
            <div className="muted small" data-testid="popup-no-breakouts">
              {t('popupNoBreakouts')}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function PostLine({ post, label, figure, testid }: { post: PostRow; label: string; figure: string; testid: string }) {
  const href = safeHttpUrl(post.url);
  const body = (
    <>
      <span className="muted">{label}</span> <b>@{post.authorHandle}</b> · {figure}
      <span className="excerpt-line">{excerpt(post.text || post.postId, POPUP_EXCERPT).text}</span>
    </>
  );
  return (
    <div className="small today-line" data-testid={testid} data-post-id={post.postId}>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {body}
        </a>
      ) : (
        body
      )}
    </div>
  );
}
