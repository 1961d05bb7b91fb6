import { t } from '@/lib/i18n/t';
import type { GridCell } from '@/lib/metrics/best-time';
import type { Usual } from '@/lib/metrics/usual';
import { tp } from '@/lib/i18n/plural';
import { CONTEXT_DAYS } from '@/lib/insights/context';
import { useLocale } from '../ui/locale';

export interface ContextCardProps {
  handle: string;
  medianEr?: number;
  postsPerWeek: number;
  best: GridCell[];
  /** Where the post on screen stands in its account: "× its usual" (lib/metrics/usual.ts) and its percentile. */
  current?: { usual?: Usual; percentile?: number };
  /** For a young post: against the account's usual curve at its age. */
  pace?: { ageHours: number; ratio: number; ahead: boolean };
  /** Posts in the card's period (CONTEXT_DAYS). */
  posts: number;
  /** When the period holds none: what is stored in all. */
  stored?: { total: number; newest?: number };
}

/** The account of the active tab at a glance, and how the post on screen compares. */
export function ContextCard({ handle, medianEr, postsPerWeek, best, current, pace, posts, stored }: ContextCardProps) {
  const locale = useLocale();
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const dayName = (d: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + d));
  return (
    <section className="card stack" data-testid="context-card">
      <h2>{t('contextTitle', [handle])}</h2>
      {(posts === 0 || medianEr === undefined) && (
        <div className="muted small" data-testid="context-why">
          {posts === 0
            ? stored?.total && stored.newest !== undefined
              ? tp('contextNoneRecent', stored.total, undefined, [
                  String(CONTEXT_DAYS),
                  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(stored.newest),
                ])
              : t('contextNoneYet', [handle])
            : t('contextNoFollowers', [handle])}
        </div>
      )}
      <div className="kpis">
        <div className="kpi" data-kpi="context-median-er">
          <span className="muted small">{t('kpiMedianEr')}</span>
          <b>{medianEr !== undefined ? pct.format(medianEr) : '–'}</b>
        </div>
        <div className="kpi">
          <span className="muted small">{t('kpiCadence')}</span>
          <b>{num.format(postsPerWeek)}</b>
        </div>
      </div>
      {best.length > 0 && (
        <div className="small">
          {t('bestSlots', [best.map((c) => `${dayName(c.weekday)} ${String(c.hour).padStart(2, '0')}:00`).join(', ')])}
        </div>
      )}
      {current?.usual && (
        <div className="notice ok" data-testid="context-standing" data-times-usual={current.usual.ratio}>
          {t('contextStanding', [
            num.format(current.usual.ratio),
            String(Math.round(current.percentile ?? 0)),
            String(Math.round(current.usual.ageMs / 3_600_000)),
          ])}
        </div>
      )}
      {pace && (
        <div className={`notice ${pace.ahead ? 'ok' : 'warn'}`} data-testid="context-pace">
          {t('contextPace', [pace.ahead ? t('paceAhead') : t('paceBehind'), String(pace.ageHours), num.format(pace.ratio)])}
        </div>
      )}
    </section>
  );
}
