import { useEffect, useMemo, useState } from 'react';
import { formatCompact, formatExact, safeHttpUrl } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import type { Insights } from '@/lib/insights/compute';
import { SimpleChart } from '../charts/chart';
import { useLocale } from '../ui/locale';
import { ChartCard } from './chart-card';
import { Heatmap } from './heatmap';

/** The dashboard: each card answers one question, and has its table view. */
export function InsightsView({ insights, timeZone }: { insights: Insights; timeZone: string }) {
  const locale = useLocale();
  const pct = useMemo(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }), [locale]);
  const percent = (n: number) => pct.format(n);
  const dateFmt = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const date = (ms: number) => dateFmt.format(ms);
  // The oldest bucket can hold fewer than 7 days: it says so, so a short bar does not read as a drop.
  const weekLabel = (w: { week: number; days: number }) => (w.days < 7 ? t('weekPartial', [date(w.week), String(w.days)]) : date(w.week));
  const dayName = (d: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + d));
  const slot = (c: { weekday: number; hour: number }) => `${dayName(c.weekday)} ${String(c.hour).padStart(2, '0')}:00`;
  const { posts } = insights;
  // Progressive: the KPIs and the first chart paint at once, the other charts a frame later.
  const [rest, setRest] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setTimeout(() => setRest(true), 0));
    return () => cancelAnimationFrame(id);
  }, []);

  // One line per account (the five with most posts), so accounts are not mixed into one zigzag.
  const byAccount = useMemo(() => {
    const groups = new Map<string, typeof posts>();
    for (const p of posts) {
      const key = `@${p.post.authorHandle}`;
      const group = groups.get(key);
      if (group) group.push(p);
      else groups.set(key, [p]);
    }
    return [...groups.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 5);
  }, [posts]);
  const trend = useMemo(
    () => byAccount.map(([label, ps]) => ({ label, data: ps.map((p) => ({ x: p.createdAt, y: p.engagement })) })),
    [byAccount],
  );
  const erSeries = useMemo(
    () =>
      byAccount
        .map(([label, ps]) => ({ label, data: ps.filter((p) => p.er !== undefined).map((p) => ({ x: p.createdAt, y: p.er! })) }))
        .filter((s) => s.data.length),
    [byAccount],
  );
  const followers = useMemo(
    () => insights.followerSeries.filter((s) => s.points.length).map((s) => ({ label: s.account, data: s.points })),
    [insights.followerSeries],
  );
  const cadence = useMemo(
    () => [{ label: t('colPosts'), data: insights.postsPerWeek.map((w) => ({ x: weekLabel(w), y: w.posts })) }],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- weekLabel depends only on dateFmt
    [insights.postsPerWeek, dateFmt],
  );
  const share = useMemo(
    () => [{ label: t('colShare'), data: insights.share.map((s) => ({ x: s.account, y: s.share })) }],
    [insights.share],
  );
  const regular =
    insights.cadence.gapVariation !== undefined ? (insights.cadence.gapVariation <= 1 ? t('kpiRegular') : t('kpiBursty')) : '–';

  return (
    <div className="stack" data-testid="insights">
      <div className="kpis">
        <div className="kpi" data-kpi="er" title={t('kpiErHint')}>
          <span className="muted small">{t('kpiEr')}</span>
          <b>{insights.er !== undefined ? percent(insights.er) : '–'}</b>
        </div>
        <div className="kpi" data-kpi="median-er">
          <span className="muted small">{t('kpiMedianEr')}</span>
          <b>{insights.medianEr !== undefined ? percent(insights.medianEr) : '–'}</b>
        </div>
        <div className="kpi" data-kpi="cadence">
          <span className="muted small">{t('kpiCadence')}</span>
          <b>{new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(insights.cadence.postsPerWeek)}</b>
        </div>
        <div className="kpi" data-kpi="consistency">
          <span className="muted small">{t('kpiConsistency')}</span>
          <b>{regular}</b>
        </div>
      </div>
      {insights.best.length > 0 && (
        <div className="notice ok" data-testid="best-slots">
          {t('bestSlots', [insights.best.map(slot).join(', ')])}
        </div>
      )}

      <ChartCard
        title={t('chartTrendTitle')}
        testId="chart-trend"
        table={{
          head: [t('colDate'), t('colEngagement'), t('colEr')],
          rows: () =>
            posts.map((p) => [
              date(p.createdAt),
              formatExact(p.engagement, locale),
              p.er !== undefined ? percent(p.er) + (p.erEstimated ? ` (${t('kpiEstimated')})` : '') : '–',
            ]),
        }}
      >
        <SimpleChart type="line" time series={trend} label={t('chartTrendTitle')} />
        {rest && erSeries.length > 0 && <SimpleChart type="line" time percent series={erSeries} label={t('colEr')} />}
      </ChartCard>

      {rest && (
        <>
          <ChartCard
            title={t('chartFollowersTitle')}
            testId="chart-followers"
            table={{
              head: [t('colAccount'), t('colDate'), t('colFollowers')],
              rows: () => followers.flatMap((s) => s.data.map((p) => [s.label, date(p.x), formatExact(p.y, locale)])),
            }}
          >
            {followers.length ? (
              <SimpleChart type="line" time series={followers} label={t('chartFollowersTitle')} />
            ) : (
              <div className="muted small">{t('notEnough')}</div>
            )}
          </ChartCard>

          <ChartCard
            title={t('chartCadenceTitle')}
            testId="chart-cadence"
            table={{ head: [t('colWeek'), t('colPosts')], rows: () => insights.postsPerWeek.map((w) => [weekLabel(w), w.posts]) }}
          >
            <SimpleChart type="bar" series={cadence} label={t('chartCadenceTitle')} />
          </ChartCard>

          <ChartCard
            title={t('chartHeatTitle')}
            hint={t('chartHeatHint', [timeZone])}
            testId="chart-heatmap"
            table={{
              head: [t('colSlot'), t('colPosts'), t('colMedianEr')],
              rows: () =>
                insights.grid
                  .filter((c) => c.posts > 0)
                  .map((c) => [slot(c), c.posts, c.er !== undefined ? percent(c.er) : t('notEnough')]),
            }}
          >
            <Heatmap grid={insights.grid} percent={percent} />
          </ChartCard>

          <ChartCard
            title={t('chartShareTitle')}
            testId="chart-share"
            table={{
              head: [t('colAccount'), t('colEngagement'), t('colShare')],
              rows: () => insights.share.map((s) => [s.account, formatExact(s.engagement, locale), percent(s.share)]),
            }}
          >
            <SimpleChart type="bar" percent series={share} label={t('chartShareTitle')} />
          </ChartCard>

          <ChartCard
            title={t('chartHashtagsTitle')}
            testId="chart-hashtags"
            table={{
              head: [t('colHashtag'), t('colPosts'), t('colMedianEr')],
              rows: () =>
                insights.hashtags
                  .slice(0, 30)
                  .map((h) => [`#${h.tag}`, h.posts, h.medianEr !== undefined ? percent(h.medianEr) : t('notEnough')]),
            }}
          >
            <div className="row wrap small">
              {insights.hashtags.slice(0, 12).map((h) => (
                <span key={h.tag} className="pill" title={h.medianEr !== undefined ? percent(h.medianEr) : t('notEnough')}>
                  #{h.tag} · {h.posts}
                </span>
              ))}
            </div>
          </ChartCard>

          <ChartCard
            title={t('chartContentTitle')}
            testId="chart-content"
            table={{
              head: [t('colKind'), t('colPosts'), t('colMedianEr')],
              rows: () =>
                [...insights.media, ...insights.lengths].map((m) => [
                  t(`kind_${m.key}` as 'kind_text'),
                  m.posts,
                  m.medianEr !== undefined ? percent(m.medianEr) : t('notEnough'),
                ]),
            }}
          >
            <SimpleChart
              type="bar"
              percent
              series={[
                {
                  label: t('colMedianEr'),
                  data: [...insights.media, ...insights.lengths]
                    .filter((m) => m.medianEr !== undefined)
                    .map((m) => ({ x: t(`kind_${m.key}` as 'kind_text'), y: m.medianEr! })),
                },
              ]}
              label={t('chartContentTitle')}
            />
          </ChartCard>

          <ChartCard
            title={t('chartTopTitle')}
            testId="chart-top"
            table={{
              head: [t('colAccount'), t('colDate'), t('colEngagement'), t('colEr')],
              rows: () =>
                insights.top.map((p) => [
                  `@${p.post.authorHandle}`,
                  date(p.createdAt),
                  formatExact(p.engagement, locale),
                  p.er !== undefined ? percent(p.er) : '–',
                ]),
            }}
          >
            {[...insights.breakouts, ...insights.top.filter((p) => !insights.breakouts.includes(p))].slice(0, 6).map((p) => {
              const href = safeHttpUrl(p.post.url);
              return (
                <div key={p.post.postId} className="row small" data-top-post={p.post.postId}>
                  {insights.breakouts.includes(p) && p.er !== undefined && insights.medianEr ? (
                    <span className="pill">
                      {t('breakoutLabel', [new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(p.er / insights.medianEr)])}
                    </span>
                  ) : null}
                  <span className="post-text" style={{ margin: 0, flex: 1, WebkitLineClamp: 1 }}>
                    {p.post.text || p.post.postId}
                  </span>
                  <b>{formatCompact(p.engagement, locale)}</b>
                  {href && (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      ↗
                    </a>
                  )}
                </div>
              );
            })}
          </ChartCard>
        </>
      )}
    </div>
  );
}
