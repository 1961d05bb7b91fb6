import { t } from '@/lib/i18n/t';
import { tp } from '@/lib/i18n/plural';
import { coverageOf, healthNeedsAttention, PAGES_BEFORE_WARNING } from '@/lib/db/health';
import type { HealthRow } from '@/lib/db/schema';
import { formatExact, formatRelative } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { useLocale } from '../ui/locale';

type State = 'coverage' | 'warn' | 'ok';
interface Line {
  row: HealthRow;
  state: State;
  /** The whole sentence, shown when the line is open. */
  full: string;
  /** What the folded line says for it. */
  short: string;
  coverageText: string;
}

const RANK: Record<State, number> = { warn: 0, coverage: 1, ok: 2 };

function lineOf(h: HealthRow, now: number, locale: string): Line {
  const name = PLATFORM_NAMES[h.platform];
  const coverage = coverageOf(h, now);
  const pct = (r: number) => `${Math.floor(r * 100)}\u00a0%`;
  // Today's share of post-like items kept, against the 7 days before: it falls before nothing parses.
  const coverageText = coverage.today
    ? t('panelCoverage', [pct(coverage.today.ratio), String(coverage.today.kept), String(coverage.today.seen)]) +
      (coverage.before ? ` · ${t('panelCoverageBefore', [pct(coverage.before.ratio)])}` : '')
    : '';
  if (coverage.falling)
    return {
      row: h,
      state: 'coverage',
      full: t('panelCoverageWarn', [name, coverageText]),
      short: t('healthCoverageShort', [name]),
      coverageText,
    };
  if (healthNeedsAttention(h, now)) {
    const pages = h.pagesSinceSuccess ?? 0;
    const full =
      pages >= PAGES_BEFORE_WARNING
        ? tp('panelHealthPages', pages, name, [formatExact(pages, locale)])
        : t('panelHealthWarn', [name, h.lastProblem ?? '']);
    return { row: h, state: 'warn', full, short: t('healthWarnShort', [name]), coverageText };
  }
  const last = h.lastSuccessAt !== undefined ? formatRelative(h.lastSuccessAt, now, locale) : t('panelNever');
  const ok = tp('panelHealthOk', h.postsParsed, name, [formatExact(h.postsParsed, locale), last]);
  return { row: h, state: 'ok', full: ok, short: ok, coverageText };
}

/**
 * Capture health folded into one line: the most pressing platform (a warning first, else the one
 * that captured last) and how many more, which opens to one line per platform. A warning stays in
 * the folded line, so it is never hidden behind the fold.
 */
export function HealthBar({ rows, now }: { rows: HealthRow[]; now: number }) {
  const locale = useLocale();
  if (!rows.length) return null;
  const lines = rows
    .map((h) => lineOf(h, now, locale))
    .sort((a, b) => RANK[a.state] - RANK[b.state] || (b.row.lastSuccessAt ?? 0) - (a.row.lastSuccessAt ?? 0));
  const first = lines[0]!;
  const warnings = lines.filter((l) => l.state !== 'ok').length;
  const rest = lines.length - 1;
  return (
    <details className={`health-line${warnings ? ' warn' : ''}`} data-testid="health" data-warnings={warnings}>
      <summary title={t('healthShowAll')} role={warnings ? 'status' : undefined}>
        <span className="health-first">{first.short}</span>
        {rest > 0 && <span className="health-more"> · {tp('healthMore', rest)}</span>}
      </summary>
      <div className="stack health-rows">
        {lines.map(({ row: h, state, full, coverageText }) =>
          state === 'ok' ? (
            <div key={h.platform} className="muted small" data-health={h.platform} data-state="ok">
              {full}
              {coverageText ? <span data-coverage={h.platform}> · {coverageText}</span> : null}
            </div>
          ) : (
            <div
              key={h.platform}
              className="notice warn"
              data-health={h.platform}
              data-state={state}
              title={state === 'warn' ? (h.samples ?? []).join('\n') : undefined}
            >
              {full}
            </div>
          ),
        )}
      </div>
    </details>
  );
}
