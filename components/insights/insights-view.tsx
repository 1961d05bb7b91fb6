import { useEffect, useMemo, useState } from 'react';
import { formatExact } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { tp } from '@/lib/i18n/plural';
import type { CompareRow } from '@/lib/insights/compare';
import type { Insights } from '@/lib/insights/compute';
import { SimpleChart } from '../charts/chart';
import { useLocale } from '../ui/locale';
import { ChartCard } from './chart-card';
import { CompareTable } from './compare-table';
import { Heatmap } from './heatmap';
import { TopPosts } from './top-posts';

/** Accounts drawn as small multiples, each on its own scale (a 2.9M account would flatten a 4k one). */
const MULTIPLES = 4;

/** The dashboard: each card answers one question, and has its table view. */
export function InsightsView({
  insights,
  timeZone,
  compare,
  days,
}: {
  insights: Insights;
  timeZone: string;
  compare?: CompareRow[];
  /** The period's length in whole days (the comparison is against the same length before it). */
  days: number;
}) {
  const locale = useLocale();
  const pct = useMemo(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }), [locale]);
  const percent = (n: number) => pct.format(n);
  const dateFmt = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const date = (ms: number) => dateFmt.format(ms);
  // The oldest bucket can hold fewer than 7 days: it says so, so a short bar does not read as a drop.
  const weekLabel = (w: { week: number; days: number }) => (w.days < 7 ? t('weekPartial', [date(w.week), String(w.days)]) : date(w.week));
  // Under a bar, short: "Nov 3", and "Nov 1 (2 d)" for a short week (the table says it in full).
  const dayFmt = useMemo(() => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }), [locale]);
  const barWeek = (w: { week: number; days: number }) =>
    w.days < 7 ? t('weekPartialShort', [dayFmt.format(w.week), String(w.days)]) : dayFmt.format(w.week);
  const dayName = (d: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + d));
  const slot = (c: { weekday: number; hour: number }) => `${dayName(c.weekday)} ${String(c.hour).padStart(2, '0')}:00`;
  const { posts } = insights;
  // Progressive: the KPIs and the first chart paint at once, the other charts a frame later.
  const [rest, setRest] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setTimeout(() => setRest(true), 0));
    return () => cancelAnimationFrame(id);
  }, []);

  // One small chart per account (those with most posts), each on its own scale.
  const byAccount = useMemo(() => {
    const groups = new Map<string, typeof posts>();
    for (const p of posts) {
      const key = `@${p.post.authorHandle}`;
      const group = groups.get(key);
      if (group) group.push(p);
      else groups.set(key, [p]);
    }
    return [...groups.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, MULTIPLES);
  }, [posts]);
  const erPoints = useMemo(
    () =>
      byAccount
        .map(([label, ps]) => ({
          label,
          series: [{ label, data: ps.filter((p) => p.er !== undefined).map((p) => ({ x: p.createdAt, y: p.er! })) }],
        }))
        .filter((s) => s.series[0]!.data.length),
    [byAccount],
  );
  const weekly = useMemo(
    () =>
      insights.weeklyEr.slice(0, MULTIPLES).map((a) => ({
        label: a.account,
        counts: a.weeks.map((w) => (w.medianEr !== undefined ? w.posts : 0)),
        series: [{ label: a.account, data: a.weeks.map((w) => ({ x: barWeek(w), y: w.medianEr ?? Number.NaN })) }],
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- barWeek depends only on dayFmt
    [insights.weeklyEr, dayFmt],
  );
  // Growth as growth: each account's change as a share of where it started, never a line from 0.
  const growth = useMemo(() => {
    const rows = insights.followerSeries.map((s) => {
      const first = s.points[0];
      const last = s.points[s.points.length - 1];
      return first && last && s.points.length >= 2 && last.x > first.x && first.y > 0
        ? { account: s.account, from: first.y, to: last.y, delta: last.y - first.y, pct: (last.y - first.y) / first.y }
        : { account: s.account };
    });
    return {
      known: rows.filter((r): r is Required<typeof r> => 'pct' in r).sort((a, b) => b.pct - a.pct),
      unknown: rows.filter((r) => !('pct' in r)).map((r) => r.account),
    };
  }, [insights.followerSeries]);
  const cadence = useMemo(
    () => [{ label: t('colPosts'), data: insights.postsPerWeek.map((w) => ({ x: barWeek(w), y: w.posts })) }],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- barWeek depends only on dayFmt
    [insights.postsPerWeek, dayFmt],
  );
  const share = useMemo(
    () => [{ label: t('colShare'), data: insights.share.map((s) => ({ x: s.account, y: s.share })) }],
    [insights.share],
  );
  const regular =
    insights.cadence.gapVariation !== undefined ? (insights.cadence.gapVariation <= 1 ? t('kpiRegular') : t('kpiBursty')) : '–';
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signedPct = new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const exactTimes = insights.posts.filter((p) => p.er !== undefined && !p.post.createdAtPrecision).length;
  const listed = [...insights.breakouts, ...insights.top.filter((p) => !insights.breakouts.includes(p))].slice(0, 6);
  const contentBars = [...insights.media, ...insights.lengths].filter((m) => m.medianEr !== undefined);

  return (
    <div className="stack" data-testid="insights">
      {compare && compare.length > 0 && <CompareTable rows={compare} previousDays={days} />}
      <div className="kpis">
        <div className="kpi" data-kpi="er" title={t('kpiErHint')}>
          <span className="muted small">{t('kpiEr')}</span>
          <b>{insights.er !== undefined ? percent(insights.er) : '–'}</b>
        </div>
        <div className="kpi" data-kpi="median-er">
          <span className="muted small">{t('kpiMedianEr')}</span>
          <b>{insights.medianEr !== undefined ? percent(insights.medianEr) : '–'}</b>
        </div>
        <div className="kpi" data-kpi="cadence" title={t('kpiWeeks', [one.format(days / 7)])}>
          <span className="muted small">{t('kpiCadence')}</span>
          {/* Always one decimal: "3.0" beside "5.7", not "3". */}
          <b>{one.format(insights.cadence.postsPerWeek)}</b>
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
        title={t('chartErTitle')}
        hint={t('chartErHint')}
        testId="chart-trend"
        table={{
          head: [t('colAccount'), t('colDate'), t('colEngagement'), t('colEr')],
          rows: () =>
            posts.map((p) => [
              `@${p.post.authorHandle}`,
              date(p.createdAt),
              formatExact(p.engagement, locale),
              p.er !== undefined ? percent(p.er) + (p.erEstimated ? ` (${t('kpiEstimated')})` : '') : '–',
            ]),
        }}
      >
        {erPoints.length ? (
          <div className="multiples">
            {erPoints.map((a) => (
              <div key={a.label} className="multiple" data-account={a.label}>
                <div className="small">
                  <b>{a.label}</b>
                </div>
                <SimpleChart
                  type="points"
                  time
                  percent
                  series={a.series}
                  label={`${t('chartErTitle')} ${a.label}`}
                  yTitle={t('colEr')}
                  fitY
                />
              </div>
            ))}
          </div>
        ) : (
          <div className="muted small">{t('notEnough')}</div>
        )}
      </ChartCard>

      {rest && (
        <>
          <ChartCard
            title={t('chartWeeklyTitle')}
            hint={t('chartWeeklyHint')}
            testId="chart-weekly"
            table={{
              head: [t('colAccount'), t('colWeek'), t('colPosts'), t('colMedianEr')],
              rows: () =>
                insights.weeklyEr.flatMap((a) =>
                  a.weeks.map((w) => [a.account, weekLabel(w), w.posts, w.medianEr !== undefined ? percent(w.medianEr) : '–']),
                ),
            }}
          >
            <div className="multiples">
              {weekly.map((a) => (
                <div key={a.label} className="multiple" data-account={a.label}>
                  <div className="small">
                    <b>{a.label}</b>
                  </div>
                  <SimpleChart
                    type="bar"
                    percent
                    series={a.series}
                    counts={a.counts}
                    label={`${t('chartWeeklyTitle')} ${a.label}`}
                    yTitle={t('colMedianEr')}
                  />
                </div>
              ))}
            </div>
          </ChartCard>

          <ChartCard
            title={t('chartGrowthTitle')}
            hint={t('chartGrowthHint')}
            testId="chart-followers"
            table={{
              head: [t('colAccount'), t('colFollowers'), t('colGrowth')],
              rows: () =>
                growth.known.map((g) => [
                  g.account,
                  `${formatExact(g.from, locale)} → ${formatExact(g.to, locale)}`,
                  `${signed.format(g.delta)} (${signedPct.format(g.pct)})`,
                ]),
            }}
          >
            {growth.known.length > 0 && (
              <SimpleChart
                type="bar"
                percent
                series={[
                  { label: t('colGrowth'), data: growth.known.map((g) => ({ x: `${g.account} ${signed.format(g.delta)}`, y: g.pct })) },
                ]}
                label={t('chartGrowthTitle')}
                yTitle={t('colGrowth')}
                horizontal
              />
            )}
            {growth.unknown.length > 0 && (
              <div className="muted small" data-testid="growth-unknown">
                {t('growthNotEnough', [growth.unknown.join(', ')])}
              </div>
            )}
          </ChartCard>

          <ChartCard
            title={t('chartCadenceTitle')}
            testId="chart-cadence"
            table={{ head: [t('colWeek'), t('colPosts')], rows: () => insights.postsPerWeek.map((w) => [weekLabel(w), w.posts]) }}
          >
            <SimpleChart type="bar" series={cadence} label={t('chartCadenceTitle')} yTitle={t('colPosts')} />
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
            {insights.grid.some((c) => c.er !== undefined) ? (
              <Heatmap grid={insights.grid} percent={percent} />
            ) : (
              <div className="muted small" data-testid="heatmap-empty">
                {tp('heatEmpty', exactTimes)}
              </div>
            )}
          </ChartCard>

          <ChartCard
            title={t('chartShareTitle')}
            testId="chart-share"
            table={{
              head: [t('colAccount'), t('colEngagement'), t('colShare')],
              rows: () => insights.share.map((s) => [s.account, formatExact(s.engagement, locale), percent(s.share)]),
            }}
          >
            <SimpleChart type="bar" percent series={share} label={t('chartShareTitle')} yTitle={t('colShare')} horizontal />
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
            {insights.hashtags.length ? (
              <div className="row wrap small">
                {insights.hashtags.slice(0, 12).map((h) => (
                  <span key={h.tag} className="pill" title={h.medianEr !== undefined ? percent(h.medianEr) : t('notEnough')}>
                    #{h.tag} · {h.posts}
                  </span>
                ))}
              </div>
            ) : (
              <div className="muted small" data-testid="hashtags-empty">
                {tp('hashtagsEmpty', posts.length)}
              </div>
            )}
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
            {contentBars.length ? (
              <SimpleChart
                type="bar"
                percent
                series={[
                  { label: t('colMedianEr'), data: contentBars.map((m) => ({ x: t(`kind_${m.key}` as 'kind_text'), y: m.medianEr! })) },
                ]}
                counts={contentBars.map((m) => m.posts)}
                label={t('chartContentTitle')}
                yTitle={t('colMedianEr')}
                horizontal
              />
            ) : (
              <div className="muted small">{t('contentEmpty')}</div>
            )}
          </ChartCard>

          <ChartCard
            title={t('chartTopTitle')}
            testId="chart-top"
            table={{
              head: [t('colAccount'), t('colDate'), t('colEngagement'), t('colEr'), t('timesUsual', ['N'])],
              rows: () =>
                listed.map((p) => [
                  `@${p.post.authorHandle}`,
                  date(p.createdAt),
                  formatExact(p.engagement, locale),
                  p.er !== undefined ? percent(p.er) : '–',
                  p.usual ? one.format(p.usual.ratio) : '–',
                ]),
            }}
          >
            <TopPosts posts={listed} date={date} />
          </ChartCard>
        </>
      )}
    </div>
  );
}
