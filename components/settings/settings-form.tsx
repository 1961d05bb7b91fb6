import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import { metricLabel } from '@/lib/i18n/words';
import type { Result } from '@/lib/messaging/protocol';
import { ENGAGEMENT_COUNTERS } from '@/lib/metrics/engagement';
import { PLATFORM_COUNTERS, PLATFORM_IDS, PLATFORM_NAMES } from '@/lib/platforms/registry';
import { SETTINGS_LIMITS, type Settings, type UiLanguage } from '@/lib/settings';
import { errorText } from '../ui/errors';
import { Notice, type NoticeData } from '../ui/notice';

export interface SettingsFormProps {
  initial: Settings;
  onSave(settings: Settings): Promise<void>;
  onClearData(): Promise<Result>;
}

/** The whole-number settings, each with its range from SETTINGS_LIMITS. */
const NUMBER_SETTINGS: Array<{ key: keyof typeof SETTINGS_LIMITS; label: () => string; hint?: () => string }> = [
  { key: 'retentionDays', label: () => t('optionsRetention'), hint: () => t('optionsRetentionHint') },
  { key: 'snapshotIntervalMinutes', label: () => t('optionsInterval') },
];

/** The on/off settings: what Pantau does on the platforms' pages. */
const SWITCHES: Array<{ key: 'breakoutAlerts' | 'badges'; label: () => string }> = [
  { key: 'breakoutAlerts', label: () => t('optionsBreakouts') },
  { key: 'badges', label: () => t('optionsBadges') },
];

/** Every change saves at once; a number out of range says what to enter and is not saved. */
export function SettingsForm({ initial, onSave, onClearData }: SettingsFormProps) {
  const [settings, setSettings] = useState(initial);
  const [numbers, setNumbers] = useState({
    retentionDays: String(initial.retentionDays),
    snapshotIntervalMinutes: String(initial.snapshotIntervalMinutes),
  });
  const [notice, setNotice] = useState<NoticeData>();
  const [confirm, setConfirm] = useState('');
  const [clearNotice, setClearNotice] = useState<NoticeData>();

  const save = async (next: Settings) => {
    setSettings(next);
    await onSave(next);
    setNotice({ kind: 'ok', text: t('optionsSaved') });
  };

  const saveNumber = (key: keyof typeof SETTINGS_LIMITS) => {
    const [lo, hi] = SETTINGS_LIMITS[key];
    const raw = numbers[key].trim();
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < lo || n > hi) {
      setNotice({ kind: 'error', text: t('optionsInvalid', [String(lo), String(hi)]) });
      return;
    }
    if (n !== settings[key]) void save({ ...settings, [key]: n });
  };

  return (
    <>
      <section className="card stack" data-testid="capture-switches">
        <h2>{t('optionsCapture')}</h2>
        <div className="muted small">{t('optionsCaptureHint')}</div>
        <div className="row wrap">
          {PLATFORM_IDS.map((p) => (
            <label key={p} className="row" style={{ minWidth: 140 }}>
              <input
                type="checkbox"
                data-platform={p}
                checked={settings.capture[p]}
                onChange={(e) => void save({ ...settings, capture: { ...settings.capture, [p]: e.target.checked } })}
              />
              {PLATFORM_NAMES[p]}
            </label>
          ))}
        </div>
      </section>
      <section className="card stack">
        {NUMBER_SETTINGS.map(({ key, label, hint }) => (
          <label key={key} className="stack">
            <span>{label()}</span>
            <input
              type="number"
              data-setting={key}
              min={SETTINGS_LIMITS[key][0]}
              max={SETTINGS_LIMITS[key][1]}
              value={numbers[key]}
              onChange={(e) => setNumbers({ ...numbers, [key]: e.target.value })}
              onBlur={() => saveNumber(key)}
            />
            {hint && <span className="muted small">{hint()}</span>}
          </label>
        ))}
        <label className="stack">
          <span>{t('optionsLanguage')}</span>
          <select
            data-setting="language"
            value={settings.language}
            onChange={(e) => void save({ ...settings, language: e.target.value as UiLanguage })}
          >
            <option value="auto">{t('optionsLanguageAuto')}</option>
            <option value="en">English</option>
            <option value="id">Bahasa Indonesia</option>
          </select>
        </label>
        <Notice notice={notice} />
      </section>
      <section className="card stack" data-testid="alert-switches">
        <h2>{t('optionsAlertsTitle')}</h2>
        {SWITCHES.map(({ key, label }) => (
          <label key={key} className="row" style={{ alignItems: 'flex-start' }}>
            <input
              type="checkbox"
              data-setting={key}
              checked={settings[key]}
              onChange={(e) => void save({ ...settings, [key]: e.target.checked })}
            />
            <span>{label()}</span>
          </label>
        ))}
      </section>
      <section className="card stack" data-testid="engagement-counters">
        <h2>{t('optionsCounters')}</h2>
        <div className="muted small">{t('optionsCountersHint')}</div>
        {PLATFORM_IDS.map((p) => {
          const chosen = settings.engagementCounters[p] ?? ENGAGEMENT_COUNTERS[p];
          return (
            <div key={p} className="counter-row small" data-platform-counters={p}>
              <strong>{PLATFORM_NAMES[p]}</strong>
              {/* Only the counters this platform shows (YouTube has no reposts or quotes); views are reach, not engagement. */}
              <div className="counters">
                {PLATFORM_COUNTERS[p]
                  .filter((k) => k !== 'views')
                  .map((k) => (
                    <label key={k} className="row">
                      <input
                        type="checkbox"
                        data-counter={`${p}:${k}`}
                        checked={chosen.includes(k)}
                        onChange={(e) => {
                          const next = (e.target.checked ? [...chosen, k] : chosen.filter((c) => c !== k)).filter((c) =>
                            PLATFORM_COUNTERS[p].includes(c),
                          );
                          if (next.length) void save({ ...settings, engagementCounters: { ...settings.engagementCounters, [p]: next } });
                        }}
                      />
                      {metricLabel(k)}
                    </label>
                  ))}
              </div>
            </div>
          );
        })}
      </section>
      <section className="card stack" data-testid="clear-data">
        <h2>{t('optionsClear')}</h2>
        <div className="muted small">{t('optionsClearHint')}</div>
        <div className="row">
          <input
            style={{ flex: 1 }}
            value={confirm}
            placeholder={t('optionsClearConfirm')}
            aria-label={t('optionsClearConfirm')}
            onChange={(e) => setConfirm(e.target.value)}
          />
          <button
            data-action="clear-data"
            disabled={confirm !== 'DELETE'}
            onClick={async () => {
              const res = await onClearData();
              setConfirm('');
              setClearNotice(
                res.ok ? { kind: 'ok', text: t('optionsCleared') } : { kind: 'error', text: errorText(res.error, res.detail) },
              );
            }}
          >
            {t('optionsClear')}
          </button>
        </div>
        {clearNotice && <div className={`notice ${clearNotice.kind}`}>{clearNotice.text}</div>}
      </section>
    </>
  );
}
