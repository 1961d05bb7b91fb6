import { useState } from 'react';
import { formatDateTime, fromLocalInput, toLocalInput } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { useLocale } from '../ui/locale';

/** Save, add to the queue, schedule at a chosen time, or at one of the suggested best times. */
export function ScheduleRow({
  disabled,
  now,
  suggested,
  onSave,
  onQueue,
  onSchedule,
}: {
  disabled: boolean;
  now(): number;
  /** Suggested slots from the best-time grid (epoch ms), best first. */
  suggested: number[];
  onSave(): void;
  onQueue(): void;
  /** `at` is undefined when the chosen time is not a time. */
  onSchedule(at: number | undefined): void;
}) {
  const locale = useLocale();
  // An hour from when the composer opened: a time that is valid to schedule at once.
  const [when, setWhen] = useState(() => toLocalInput(now() + 60 * 60 * 1000));
  return (
    <>
      <div className="row wrap">
        <button data-action="save-draft" disabled={disabled} onClick={onSave}>
          {t('composerSaveDraft')}
        </button>
        <button data-action="add-to-queue" disabled={disabled} onClick={onQueue}>
          {t('composerAddToQueue')}
        </button>
        <input
          id="composer-at"
          type="datetime-local"
          aria-label={t('composerScheduleAt')}
          value={when}
          onChange={(e) => setWhen(e.target.value)}
        />
        <button data-action="schedule-at" disabled={disabled} onClick={() => onSchedule(fromLocalInput(when))}>
          {t('composerConfirmSchedule')}
        </button>
      </div>
      {suggested.length > 0 && (
        <div className="row wrap small" data-testid="suggested-slots">
          <span className="muted">{t('composerSuggested')}</span>
          {suggested.map((at) => (
            <button key={at} className="small" data-slot={at} disabled={disabled} onClick={() => onSchedule(at)}>
              {formatDateTime(at, locale)}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
