import { i18n } from '#i18n';
import type { ErrorCode } from '@/lib/messaging/protocol';

/** Words for an error code, saying what to fix. */
export function errorText(code: ErrorCode, detail?: string): string {
  switch (code) {
    case 'scheduleInPast':
      return i18n.t('errScheduleInPast');
    case 'invalidInput':
      return i18n.t('errInvalidInput');
    case 'forbidden':
      return i18n.t('errForbidden');
    case 'storageFull':
      return i18n.t('errStorageFull');
    default:
      return i18n.t('errInternal', [detail ?? code]);
  }
}
