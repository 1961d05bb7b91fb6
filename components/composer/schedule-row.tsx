import { useState } from 'react';
import { fromLocalInput, toLocalInput } from '@/lib/format';
import type { BestTimes } from '@/lib/insights/suggested';
import { t } from '@/lib/i18n/t';
import { BestTimesList } from './best-times';

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
  /** Best times per targeted platform (from the best-time grid), or what each needs. */
  suggested: readonly BestTimes[];
  onSave(): void;
  onQueue(): void;
  /** `at` is undefined when the chosen time is not a time. */
  onSchedule(at: number | undefined): void;
}) {
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
      <BestTimesList best={suggested} disabled={disabled} onPick={(at) => onSchedule(at)} />
    </>
  );
}
