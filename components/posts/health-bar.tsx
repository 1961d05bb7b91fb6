import { i18n } from '#i18n';
import { healthNeedsAttention } from '@/lib/db/health';
import type { HealthRow } from '@/lib/db/schema';
import { formatRelative } from '@/lib/format';
import { useLocale } from '../ui/locale';

const NAMES: Record<string, string> = { x: 'X' };

/** One line per platform: what was captured, or a warning that the layout may have changed. */
export function HealthBar({ rows, now }: { rows: HealthRow[]; now: number }) {
  const locale = useLocale();
  return (
    <>
      {rows.map((h) => {
        const name = NAMES[h.platform] ?? h.platform;
        if (healthNeedsAttention(h)) {
          return (
            <div key={h.platform} className="notice warn" role="status" data-health={h.platform} data-state="warn">
              {i18n.t('panelHealthWarn', [name, h.lastProblem ?? ''])}
            </div>
          );
        }
        const last = h.lastSuccessAt !== undefined ? formatRelative(h.lastSuccessAt, now, locale) : i18n.t('panelNever');
        return (
          <div key={h.platform} className="muted small" data-health={h.platform} data-state="ok">
            {i18n.t('panelHealthOk', [name, String(h.postsParsed), last])}
          </div>
        );
      })}
    </>
  );
}
