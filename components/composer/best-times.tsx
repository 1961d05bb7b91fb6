import type { BestSlot, BestTimes } from '@/lib/insights/suggested';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { tp } from '@/lib/i18n/plural';
import { PLATFORM_NAMES, type ComposeTarget } from '@/lib/platforms/registry';
import { useLocale } from '../ui/locale';

const REASON = { competitor: 'bestReasonCompetitor', own: 'bestReasonOwn', watched: 'bestReasonWatched' } as const;
const MISSING = { notCaptured: 'bestNotCaptured', noWatched: 'bestNoWatched' } as const;

/** "Thu 09:00" in the UI language: the weekday and hour a best-time cell stands for. */
function slotName(s: BestSlot, locale: string): string {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(s.at);
  return `${weekday} ${String(s.hour).padStart(2, '0')}:00`;
}

/** Why a slot is suggested: "Thu 09:00: median ER 1.2% over 14 competitor posts". */
export function slotReason(s: BestSlot, basis: keyof typeof REASON, locale: string): string {
  const er = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(s.er);
  return t(REASON[basis], [slotName(s, locale), er, String(s.posts)]);
}

/**
 * Best times per targeted platform, each from that platform's watched accounts, in date order with
 * the reason; a click schedules the draft then. A platform without enough data says what it needs.
 */
export function BestTimesList({ best, disabled, onPick }: { best: readonly BestTimes[]; disabled: boolean; onPick(at: number): void }) {
  const locale = useLocale();
  if (!best.length) return null;
  return (
    <div className="stack small best-times" data-testid="suggested-slots">
      <b>{t('bestTitle')}</b>
      {best.map((b) => {
        const name = PLATFORM_NAMES[b.target as ComposeTarget] ?? b.target;
        if ('missing' in b)
          return (
            <div key={b.target} className="muted" data-best={b.target} data-missing={b.missing}>
              {b.missing === 'notEnough' ? tp('bestNotEnough', b.posts, name, [String(b.posts)]) : t(MISSING[b.missing], [name])}
            </div>
          );
        return (
          <div key={b.target} className="stack" data-best={b.target}>
            <span className="muted">{name}</span>
            {b.slots.map((s) => (
              <div key={s.at} className="row">
                <button className="small" data-slot={s.at} disabled={disabled} title={t('bestScheduleHint')} onClick={() => onPick(s.at)}>
                  {formatDateTime(s.at, locale)}
                </button>
                <span className="muted" data-reason>
                  {slotReason(s, b.basis, locale)}
                </span>
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
