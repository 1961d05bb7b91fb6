import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { BackupPanel } from '@/components/settings/backup-panel';
import { HarImport } from '@/components/settings/har-import';
import { importHar } from '@/lib/har/import';
import { PostingSettings } from '@/components/settings/posting-settings';
import { SettingsForm } from '@/components/settings/settings-form';
import { dayKey } from '@/lib/scheduling/calendar';
import { backupBlob, restoreBackup } from '@/lib/backup/backup';
import { exportCsv } from '@/lib/backup/export';
import { getDb } from '@/lib/db/db';
import { countPostsOn } from '@/lib/db/queries';
import { Brand } from '@/components/ui/brand';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/protocol';
import { getSettings, normaliseSettings, settingsItem, type Settings } from '@/lib/settings';

export function App() {
  const [settings, setSettings] = useState<Settings>();
  // Settings changed elsewhere (a restored backup, another Settings tab) start the form afresh.
  const [external, setExternal] = useState(0);
  const saved = useRef<string>(undefined);
  useEffect(() => {
    void getSettings().then(setSettings);
    return settingsItem.watch((next) => {
      const value = normaliseSettings(next);
      if (JSON.stringify(value) === saved.current) return;
      setSettings(value);
      setExternal((n) => n + 1);
    });
  }, []);
  if (!settings) return null;
  const persist = async (next: Settings) => {
    saved.current = JSON.stringify(normaliseSettings(next));
    await settingsItem.setValue(next);
    setSettings(next);
  };
  return (
    <main className="stack" style={{ padding: 20, maxWidth: 640, margin: '0 auto' }}>
      <Brand subtitle={t('optionsTitle')} />
      <SettingsForm
        key={external}
        initial={settings}
        onSave={persist}
        onClearData={() => sendMessage('clearData', { confirm: 'DELETE' })}
      />
      <PostingSettings
        settings={settings}
        onSave={persist}
        requestOrigin={(origin) => browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false)}
      />
      <BackupPanel
        onExport={async (kind, progress) => {
          const day = dayKey(Date.now()); // the user's local date, not UTC's
          if (kind === 'backup')
            return { blob: await backupBlob(getDb(), progress, await getSettings()), filename: `pantau-backup-${day}.json` };
          return {
            blob: await exportCsv(
              getDb(),
              kind === 'posts' ? 'posts' : 'postSnapshots',
              progress,
              (await getSettings()).engagementCounters,
            ),
            filename: `pantau-${kind}-${day}.csv`,
          };
        }}
        onRestore={(file, progress) =>
          restoreBackup(getDb(), file, progress, undefined, { current: getSettings, apply: (next) => settingsItem.setValue(next) })
        }
      />
      <HarImport
        onImport={async (file, progress) => {
          const current = await getSettings();
          return importHar(file, {
            send: (batch) => sendMessage('importCapture', batch),
            countPosts: (platform) => countPostsOn(getDb(), platform),
            onProgress: progress,
            parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
            enabled: (platform) => current.capture[platform],
          });
        }}
      />
    </main>
  );
}
