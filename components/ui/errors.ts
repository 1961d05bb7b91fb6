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
    case 'queueFull':
      return t('errQueueFull');
    case 'tooManyMedia':
      return t('errTooManyMedia');
    case 'permissionDenied':
      return t('errPermissionDenied');
    case 'wrongPassword':
      return t('errWrongPassword');
    case 'wrongToken':
      return t('errWrongToken');
    case 'rateLimited':
      return t('errRateLimited');
    case 'tooLong':
      return t('errTooLong');
    case 'notConnected':
      return t('errNotConnected');
    case 'network':
      return t('errNetwork');
    case 'badInstance':
      return t('errBadInstance');
    case 'notFound':
      return t('errNotFound');
    case 'server':
      return t('errServer', [detail ?? '']);
    default:
      return t('errInternal', [detail ?? code]);
  }
}
