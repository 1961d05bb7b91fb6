import { useState } from 'react';
import { useHostAccess } from '@/components/data/use-host-access';
import { requestHostAccess } from '@/lib/background/host-access';
import { t } from '@/lib/i18n/t';

/** "x.com", "x.com, bsky.app, youtube.com", "x.com, bsky.app and 6 more". */
function hostList(hosts: readonly string[]): string {
  if (hosts.length <= 3) return hosts.join(', ');
  return t('hostAccessMore', [hosts.slice(0, 2).join(', '), String(hosts.length - 2)]);
}

/**
 * Shown when the browser has not given Pantau access to some platforms' pages (Firefox asks the
 * user for MV3 host permissions; either browser lets the user withdraw them): capture and composer
 * filling cannot run there. The button asks the browser, within the click, for all of them at once.
 */
export function HostAccessPrompt() {
  const access = useHostAccess();
  const [refused, setRefused] = useState(false);
  if (!access?.hosts.length) return null;
  return (
    <div className="notice warn row wrap" role="status" data-testid="host-access">
      <span>{t('hostAccessMissing', [access.names.join(', ')])}</span>
      <span className="spacer" />
      <button
        className="small primary"
        data-action="grant-host-access"
        onClick={() => void requestHostAccess(access.origins).then((ok) => setRefused(!ok))}
      >
        {t('hostAccessGrant', [hostList(access.hosts)])}
      </button>
      {refused && <span className="muted small">{t('hostAccessRefused')}</span>}
    </div>
  );
}
