import { useMemo, useState } from 'react';
import { csvLine } from '@/lib/backup/csv';
import { excerpt } from '@/lib/excerpt';
import { formatCompact } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { sortCompare, type CompareKey, type CompareRow } from '@/lib/insights/compare';
import { useOpenPost } from '../posts/open-post';
import { downloadBlob } from '../ui/download';
import { useLocale } from '../ui/locale';

const COLUMNS: Array<[CompareKey, () => string]> = [
  ['account', () => t('colAccount')],
  ['followers', () => t('colFollowers')],
  ['growth', () => t('colGrowth')],
  ['postsPerWeek', () => t('colPostsWeek')],
  ['medianEr', () => t('colMedianEr')],
  ['medianErViews', () => t('colErViews')],
  ['engagementPerPost', () => t('colEngPerPost')],
  ['share', () => t('colShare')],
];

/** "Compare at a glance": one row per account, sortable, with the change against the previous period under each figure. */
export function CompareTable({ rows, previousDays }: { rows: CompareRow[]; previousDays: number }) {
  const locale = useLocale();
  const openPost = useOpenPost();
  const [sort, setSort] = useState<{ key: CompareKey; desc: boolean }>({ key: 'share', desc: true });
  const sorted = useMemo(() => sortCompare(rows, sort.key, sort.desc), [rows, sort]);
  const f = useMemo(() => {
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 });
    const signedPct = new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
    const exact = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
    return {
      pct: (n?: number) => (n === undefined ? '–' : pct.format(n)),
      one: (n: number) => one.format(n),
      compact: (n?: number) => (n === undefined ? '–' : formatCompact(n, locale)),
      // Percentage points: the difference of two rates, not a ratio of them.
      pp: (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : `${signed.format((a - b) * 100)} pp`),
      delta: (a: number, b?: number) => (b === undefined ? undefined : signed.format(a - b)),
      growth: (r: CompareRow) =>
        r.growth === undefined ? '–' : `${exact.format(r.growth)}${r.growthPct !== undefined ? ` (${signedPct.format(r.growthPct)})` : ''}`,
    };
  }, [locale]);

  const csv = () => {
    const head = [...COLUMNS.map(([, l]) => l()), t('colTopPost')];
    const lines = sorted.map((r) => [
      r.account + (r.role === 'own' ? ` (${t('compareOwn')})` : ''),
      r.followers ?? '',
      r.growth ?? '',
      r.postsPerWeek.toFixed(2),
      r.medianEr ?? '',
      r.medianErViews ?? '',
      r.engagementPerPost !== undefined ? Math.round(r.engagementPerPost) : '',
      r.share,
      r.top?.post.url ?? '',
    ]);
    downloadBlob(new Blob(['\ufeff', csvLine(head), ...lines.map(csvLine)], { type: 'text/csv;charset=utf-8' }), 'pantau-compare.csv');
  };

  return (
    <section className="card stack" data-testid="compare">
      <h2>{t('compareTitle')}</h2>
      <div className="muted small">{t('compareHint', [String(previousDays)])}</div>
      <div className="table-scroll">
        <table className="data compare" data-testid="compare-table">
          <thead>
            <tr>
              {COLUMNS.map(([key, label]) => (
                <th key={key} aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                  <button
                    className="link"
                    data-sort={key}
                    onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'account' }))}
                  >
                    {label()}
                    {sort.key === key ? (sort.desc ? ' ↓' : ' ↑') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const p = r.previous;
              return (
                <tr key={r.handle} data-account={r.handle} className={r.role === 'own' ? 'own' : undefined}>
                  <th scope="row">
                    {r.account}
                    {r.role === 'own' && <span className="pill own">{t('compareOwn')}</span>}
                  </th>
                  <td data-col="followers">{f.compact(r.followers)}</td>
                  <td data-col="growth">{f.growth(r)}</td>
                  <Cell value={f.one(r.postsPerWeek)} delta={p ? f.delta(r.postsPerWeek, p.postsPerWeek) : undefined} col="postsPerWeek" />
                  <Cell value={f.pct(r.medianEr)} delta={p ? f.pp(r.medianEr, p.medianEr) : undefined} col="medianEr" />
                  <td data-col="medianErViews">{f.pct(r.medianErViews)}</td>
                  <Cell
                    value={f.compact(r.engagementPerPost)}
                    delta={
                      p && r.engagementPerPost !== undefined
                        ? f.delta(Math.round(r.engagementPerPost), p.engagementPerPost && Math.round(p.engagementPerPost))
                        : undefined
                    }
                    col="engagementPerPost"
                  />
                  <Cell value={f.pct(r.share)} delta={p ? f.pp(r.share, p.share) : undefined} col="share" />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="stack small" data-testid="compare-top">
        {sorted
          .filter((r) => r.top)
          .map((r) => (
            <button
              key={r.handle}
              className="link top-line"
              onClick={() => openPost({ platform: r.top!.post.platform, postId: r.top!.post.postId })}
            >
              <b>{r.account}</b> · {t('colTopPost')}: {excerpt(r.top!.post.text || r.top!.post.postId, 80).text} ·{' '}
              {f.compact(r.top!.engagement)}
            </button>
          ))}
      </div>
      <div>
        <button className="small" data-action="compare-csv" onClick={csv}>
          {t('tableCsv')}
        </button>
      </div>
    </section>
  );
}

function Cell({ value, delta, col }: { value: string; delta?: string | undefined; col: string }) {
  return (
    <td data-col={col}>
      {value}
      {delta && <div className={`delta ${delta.startsWith('-') || delta.startsWith('−') ? 'down' : 'up'}`}>{delta}</div>}
    </td>
  );
}
