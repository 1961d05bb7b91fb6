import { t } from '@/lib/i18n/t';
import { healthNeedsAttention, PAGES_BEFORE_WARNING } from '@/lib/db/health';
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
        if (healthNeedsAttention(h)) {
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
          </div>
        );
      })}
    </>
  );
}
