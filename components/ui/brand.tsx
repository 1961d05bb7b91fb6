import { t } from '@/lib/i18n/t';

export function Brand({ subtitle }: { subtitle?: string }) {
  return (
    <div className="brand">
      <div className="brand-mark" aria-hidden="true">
        P
      </div>
      <div>
        <h1>{t('extName')}</h1>
        {subtitle && <div className="muted small">{subtitle}</div>}
      </div>
    </div>
  );
}
