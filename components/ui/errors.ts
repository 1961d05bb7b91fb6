import { t } from '@/lib/i18n/t';
import type { ErrorCode } from '@/lib/messaging/protocol';

/** Words for an error code, saying what to fix. */
export function errorText(code: ErrorCode, detail?: string): string {
  switch (code) {
    case 'scheduleInPast':
      return t('errScheduleInPast');
    case 'invalidInput':
      return t('errInvalidInput');
    case 'forbidden':
      return t('errForbidden');
    case 'storageFull':
      return t('errStorageFull');
    default:
      return t('errInternal', [detail ?? code]);
  }
}
