import { i18n } from '#i18n';

export function Brand({ subtitle }: { subtitle?: string }) {
  return (
    <div className="brand">
      <div className="brand-mark" aria-hidden="true">
        P
      </div>
      <div>
        <h1>{i18n.t('extName')}</h1>
        {subtitle && <div className="muted small">{subtitle}</div>}
      </div>
    </div>
  );
}
