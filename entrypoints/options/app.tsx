import { useEffect, useState } from 'react';
import { SettingsForm } from '@/components/settings/settings-form';
import { Brand } from '@/components/ui/brand';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/protocol';
import { getSettings, settingsItem, type Settings } from '@/lib/settings';

export function App() {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void getSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <main className="stack" style={{ padding: 20, maxWidth: 640, margin: '0 auto' }}>
      <Brand subtitle={t('optionsTitle')} />
      <SettingsForm
        initial={settings}
        onSave={async (next) => {
          await settingsItem.setValue(next);
          setSettings(next);
        }}
        onClearData={() => sendMessage('clearData', { confirm: 'DELETE' })}
      />
    </main>
  );
}
