import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/protocol';
import { storageFullItem } from '@/lib/settings';
import { useStorageItem } from './use-storage-item';

/**
 * Shown while browser storage is full: what happened, and one click to prune posts of accounts
 * not on the watchlist. Captured batches wait in the content scripts and land after it.
 */
export function StorageFullBanner() {
  const full = useStorageItem(storageFullItem);
  const [busy, setBusy] = useState(false);
  if (!full) return null;
  return (
    <div className="notice error row wrap" role="alert" data-testid="storage-full">
      <span>{t('storageFullBanner')}</span>
      <span className="spacer" />
      <button
        className="small primary"
        data-action="free-up-space"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void sendMessage('freeUpSpace', {}).finally(() => setBusy(false));
        }}
      >
        {t('storageFullPrune')}
      </button>
    </div>
  );
}
