import { t } from '@/lib/i18n/t';
import { metricUnit } from '@/lib/i18n/words';
import { formatCompact, formatExact } from '@/lib/format';
import type { MetricKey, Metrics } from '@/lib/platforms/types';
import { useLocale } from '../ui/locale';

const ORDER: MetricKey[] = ['likes', 'replies', 'reposts', 'quotes', 'bookmarks', 'shares', 'views'];

/** Counters that are known; unknown ones are not shown as 0. */
export function MetricRow({ metrics, approximate = [] }: { metrics: Metrics; approximate?: readonly MetricKey[] }) {
  const locale = useLocale();
  return (
    <div className="metrics">
      {ORDER.filter((k) => metrics[k] !== undefined).map((k) => {
        const v = metrics[k]!;
        const approx = approximate.includes(k);
        return (
          <span
            key={k}
            data-metric={k}
            data-value={v}
            title={`${formatExact(v, locale)} ${metricUnit(k, v)}${approx ? ` (${t('metricApprox')})` : ''}`}
          >
            <b>
              {approx ? '≥' : ''}
              {formatCompact(v, locale)}
            </b>{' '}
            {metricUnit(k, v)}
          </span>
        );
      })}
    </div>
  );
}
