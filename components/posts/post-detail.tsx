import { useMemo, useState } from 'react';
import { usePostDetail } from '@/components/data/use-post-detail';
import { excerpt } from '@/lib/excerpt';
import { formatDateTime, formatExact, safeHttpUrl } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { isBreakout } from '@/lib/metrics/usual';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { SimpleChart } from '../charts/chart';
import { useLocale } from '../ui/locale';
import { MetricRow } from './metric-row';
import type { PostRef } from './open-post';

/** Past this many graphemes the full text waits for a click: layout of a hostile 50,000-character post is never automatic. */
const FULL_TEXT_GRAPHEMES = 3000;

/** One post: its engagement over time against the account's usual at the same ages, ER, "× its usual", counters, text. */
export function PostDetail({ postRef, onClose }: { postRef: PostRef; onClose(): void }) {
  const detail = usePostDetail(postRef);
  const locale = useLocale();
  const [full, setFull] = useState(false);
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const series = useMemo(
    () =>
      detail
        ? [
            { label: t('postDetailThisSeries'), data: detail.curve.map((c) => ({ x: c.ageHours, y: c.engagement })) },
            ...(detail.usualCurve.length
              ? [{ label: t('postDetailUsualSeries'), data: detail.usualCurve.map((c) => ({ x: c.ageHours, y: c.engagement })) }]
              : []),
          ]
        : [],
    [detail],
  );
  if (detail === undefined) return null;
  const back = (
    <button className="small" data-action="post-detail-back" onClick={onClose}>
      {t('postDetailBack')}
    </button>
  );
  if (detail === null)
    return (
      <section className="card stack" data-testid="post-detail">
        {back}
        <div className="muted">{t('postDetailGone')}</div>
      </section>
    );
  const { post, usual } = detail;
  const href = safeHttpUrl(post.url);
  const created = Date.parse(post.createdAt);
  const text = full ? { text: post.text, cut: false } : excerpt(post.text, FULL_TEXT_GRAPHEMES);
  const u = usual.usual;
  return (
    <section className="card stack" data-testid="post-detail" data-post-id={post.postId}>
      <div className="row">
        {back}
        <span className="spacer" />
        {href && (
          <a href={href} target="_blank" rel="noopener noreferrer" className="small" data-action="post-detail-open">
            {t('postDetailOpen')}
          </a>
        )}
      </div>
      <div className="row wrap">
        <strong>@{post.authorHandle}</strong>
        <span className="muted small">{PLATFORM_NAMES[post.platform]}</span>
        <span className="spacer" />
        {Number.isFinite(created) && <span className="muted small">{formatDateTime(created, locale)}</span>}
      </div>
      <div className="kpis">
        <div className="kpi" data-kpi="detail-er">
          <span className="muted small">{t('colEr')}</span>
          <b>{usual.er !== undefined ? pct.format(usual.er) : '–'}</b>
        </div>
        <div className="kpi" data-kpi="detail-followers">
          <span className="muted small">{t('postDetailFollowersAt')}</span>
          <b>{usual.followers !== undefined ? formatExact(usual.followers, locale) : '–'}</b>
        </div>
        <div className="kpi" data-kpi="detail-usual" data-times-usual={u?.ratio}>
          <span className="muted small">{t('timesUsual', ['N'])}</span>
          <b>{u ? `${num.format(u.ratio)}×` : '–'}</b>
        </div>
      </div>
      <div className="small muted" data-testid="detail-usual-why">
        {u
          ? `${isBreakout(u) ? `${t('breakoutLabel', [num.format(u.ratio)])} · ` : ''}${t('detailUsualWhy', [
              num.format(u.ratio),
              String(Math.round(u.ageMs / 3_600_000)),
              pct.format(u.er),
              pct.format(u.median),
              String(u.peers),
            ])}`
          : t('usualNone')}
      </div>
      <div className="stack">
        <h2>{t('postDetailCurve')}</h2>
        <div className="muted small">{t('postDetailCurveHint')}</div>
        {detail.curve.length >= 2 ? (
          <SimpleChart type="line" series={series} linearX={t('postDetailAge')} label={t('postDetailCurve')} yTitle={t('colEngagement')} />
        ) : (
          <div className="muted small" data-testid="detail-no-history">
            {t('postDetailNoHistory')}
          </div>
        )}
      </div>
      <div className="stack">
        <h2>{t('postDetailCounters')}</h2>
        <MetricRow metrics={post.metrics} {...(post.approximate ? { approximate: post.approximate } : {})} />
        <div className="muted small">{post.approximate?.length ? t('postDetailApprox') : t('postDetailExact')}</div>
      </div>
      {post.hashtags.length > 0 && (
        <div className="row wrap small">
          {post.hashtags.map((h) => (
            <span key={h} className="pill">
              #{h}
            </span>
          ))}
        </div>
      )}
      <p className="post-full" data-testid="detail-text">
        {text.text}
      </p>
      {text.cut && (
        <button className="small" onClick={() => setFull(true)}>
          {t('postDetailShowAll')}
        </button>
      )}
    </section>
  );
}
