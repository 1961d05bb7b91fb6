import { t } from '@/lib/i18n/t';
import { coverageOf, healthNeedsAttention, PAGES_BEFORE_WARNING } from '@/lib/db/health';
import type { HealthRow } from '@/lib/db/schema';
import { formatRelative } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { useLocale } from '../ui/locale';

/** One line per platform: what was captured, or a warning that the layout may have changed. */
export function HealthBar({ rows, now }: { rows: HealthRow[]; now: number }) {
  const locale = useLocale();
  return (
    <>
      {rows.map((h) => {
        const name = PLATFORM_NAMES[h.platform];
        const coverage = coverageOf(h, now);
        const pct = (r: number) => `${Math.floor(r * 100)}\u00a0%`;
        // Today's share of post-like items kept, against the 7 days before: it falls before nothing parses.
        const coverageText = coverage.today
          ? t('panelCoverage', [pct(coverage.today.ratio), String(coverage.today.kept), String(coverage.today.seen)]) +
            (coverage.before ? ` · ${t('panelCoverageBefore', [pct(coverage.before.ratio)])}` : '')
          : '';
        if (coverage.falling) {
          return (
            <div key={h.platform} className="notice warn" role="status" data-health={h.platform} data-state="coverage">
              {t('panelCoverageWarn', [name, coverageText])}
            </div>
          );
        }
        if (healthNeedsAttention(h, now)) {
          return (
            <div
              key={h.platform}
              className="notice warn"
              role="status"
              data-health={h.platform}
              data-state="warn"
              title={(h.samples ?? []).join('\n')}
            >
              {(h.pagesSinceSuccess ?? 0) >= PAGES_BEFORE_WARNING
                ? t('panelHealthPages', [name, String(h.pagesSinceSuccess)])
                : t('panelHealthWarn', [name, h.lastProblem ?? ''])}
            </div>
          );
        }
        const last = h.lastSuccessAt !== undefined ? formatRelative(h.lastSuccessAt, now, locale) : t('panelNever');
        return (
          <div key={h.platform} className="muted small" data-health={h.platform} data-state="ok">
            {t('panelHealthOk', [name, String(h.postsParsed), last])}
            {coverageText ? <span data-coverage={h.platform}> · {coverageText}</span> : null}
          </div>
        );
      })}
    </>
  );
}
