import { useEffect, useState } from 'react';
import { COMPOSE_TARGETS, type ComposeTarget } from '@/lib/compose';
import { t } from '@/lib/i18n/t';
import { sendMessage, type Connections } from '@/lib/messaging/protocol';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { DEFAULT_BLUESKY_SERVICE } from '@/lib/posting/bluesky';
import { instanceOrigin } from '@/lib/posting/mastodon';
import { isQueueTime } from '@/lib/scheduling/queue';
import type { Settings } from '@/lib/settings';
import { errorText } from '../ui/errors';
import { Notice, type NoticeData } from '../ui/notice';

/** X Premium, queue times per platform, and the Bluesky/Mastodon connections for direct posting. */
export function PostingSettings({
  settings,
  onSave,
  requestOrigin,
}: {
  settings: Settings;
  onSave(next: Settings): Promise<void>;
  /** Asks for access to a server's origin (an optional host permission); false when refused. */
  requestOrigin(origin: string): Promise<boolean>;
}) {
  const [conn, setConn] = useState<Connections>({});
  const [notice, setNotice] = useState<NoticeData>();
  const [bsky, setBsky] = useState({ service: DEFAULT_BLUESKY_SERVICE, identifier: '', password: '' });
  const [masto, setMasto] = useState({ instance: '', token: '' });
  const [times, setTimes] = useState(
    () =>
      Object.fromEntries(COMPOSE_TARGETS.map((p) => [p, (settings.queueSlots[p]?.times ?? []).join(', ')])) as Record<
        ComposeTarget,
        string
      >,
  );
  const refresh = () => void sendMessage('getConnections', {}).then((c) => c.ok && setConn(c));
  useEffect(refresh, []);

  const saveTimes = (p: ComposeTarget) => {
    const list = times[p]
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (!list.every(isQueueTime)) return setNotice({ kind: 'error', text: t('optionsQueueInvalid') });
    setNotice(undefined);
    void onSave({ ...settings, queueSlots: { ...settings.queueSlots, [p]: { days: settings.queueSlots[p]?.days ?? [], times: list } } });
  };
  const toggleDay = (p: ComposeTarget, day: number) => {
    const rule = settings.queueSlots[p] ?? { days: [], times: [] };
    const days = rule.days.includes(day) ? rule.days.filter((d) => d !== day) : [...rule.days, day].sort();
    void onSave({ ...settings, queueSlots: { ...settings.queueSlots, [p]: { ...rule, days } } });
  };

  const connectBluesky = async () => {
    const res = await sendMessage('connectBluesky', bsky);
    setNotice(
      res.ok
        ? { kind: 'ok', text: t('optionsConnectedAs', [`@${res.handle}`]) }
        : { kind: 'error', text: errorText(res.error, res.detail) },
    );
    if (res.ok) setBsky({ ...bsky, password: '' });
    refresh();
  };
  const connectMastodon = async () => {
    let origin: string;
    try {
      origin = instanceOrigin(masto.instance);
    } catch {
      return setNotice({ kind: 'error', text: t('errBadInstance') });
    }
    // Only this server's origin, asked for now (optional host permission), within the click.
    const granted = await requestOrigin(origin);
    if (!granted) return setNotice({ kind: 'error', text: t('errPermissionDenied') });
    const res = await sendMessage('connectMastodon', { instance: origin, token: masto.token });
    setNotice(
      res.ok ? { kind: 'ok', text: t('optionsConnectedAs', [res.acct]) } : { kind: 'error', text: errorText(res.error, res.detail) },
    );
    if (res.ok) setMasto({ ...masto, token: '' });
    refresh();
  };
  const disconnect = async (target: 'bluesky' | 'mastodon') => {
    await sendMessage('disconnect', { target });
    refresh();
  };

  return (
    <section className="card stack" data-testid="posting-settings">
      <h2>{t('optionsPosting')}</h2>
      <label>
        <input
          type="checkbox"
          data-setting="xPremium"
          checked={settings.xPremium}
          onChange={(e) => void onSave({ ...settings, xPremium: e.target.checked })}
        />{' '}
        {t('optionsXPremium')}
      </label>
      <h3>{t('optionsQueue')}</h3>
      <div className="muted small">{t('optionsQueueHint')}</div>
      <table className="queue-table small">
        <tbody>
          {COMPOSE_TARGETS.map((p) => (
            <tr key={p} data-queue={p}>
              <th scope="row">{PLATFORM_NAMES[p]}</th>
              <td>
                {[1, 2, 3, 4, 5, 6, 0].map((d) => (
                  <label key={d} className="day">
                    <input type="checkbox" checked={settings.queueSlots[p]?.days.includes(d) ?? false} onChange={() => toggleDay(p, d)} />
                    {t(`weekdayShort${d}` as 'weekdayShort0')}
                  </label>
                ))}
              </td>
              <td>
                <input
                  aria-label={`${t('optionsQueue')} ${PLATFORM_NAMES[p]}`}
                  value={times[p]}
                  size={14}
                  onChange={(e) => setTimes({ ...times, [p]: e.target.value })}
                  onBlur={() => saveTimes(p)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('optionsConnections')}</h3>
      <div className="muted small">{t('optionsConnectionsHint')}</div>
      <div className="stack" data-connection="bluesky">
        <b>Bluesky</b>
        {conn.bluesky ? (
          <div className="row">
            <span data-testid="bluesky-connected">{t('optionsConnectedAs', [`@${conn.bluesky.handle}`])}</span>
            <button className="small" onClick={() => void disconnect('bluesky')}>
              {t('optionsDisconnect')}
            </button>
          </div>
        ) : (
          <div className="row wrap">
            <input
              aria-label={t('optionsBlueskyService')}
              value={bsky.service}
              onChange={(e) => setBsky({ ...bsky, service: e.target.value })}
            />
            <input
              aria-label={t('optionsBlueskyHandle')}
              placeholder={t('optionsBlueskyHandle')}
              value={bsky.identifier}
              onChange={(e) => setBsky({ ...bsky, identifier: e.target.value })}
            />
            <input
              type="password"
              aria-label={t('optionsBlueskyPassword')}
              placeholder={t('optionsBlueskyPassword')}
              value={bsky.password}
              onChange={(e) => setBsky({ ...bsky, password: e.target.value })}
            />
            <button className="primary" data-action="connect-bluesky" onClick={() => void connectBluesky()}>
              {t('optionsConnect')}
            </button>
          </div>
        )}
      </div>
      <div className="stack" data-connection="mastodon">
        <b>Mastodon</b>
        {conn.mastodon ? (
          <div className="row">
            <span>
              {t('optionsConnectedAs', [`${conn.mastodon.acct} · ${new URL(conn.mastodon.instance).host}`])}
              {conn.mastodon.limit ? ` (${t('optionsMastodonLimit', [String(conn.mastodon.limit)])})` : ''}
            </span>
            <button className="small" onClick={() => void disconnect('mastodon')}>
              {t('optionsDisconnect')}
            </button>
          </div>
        ) : (
          <div className="row wrap">
            <input
              aria-label={t('optionsMastodonInstance')}
              placeholder={t('optionsMastodonInstance')}
              value={masto.instance}
              onChange={(e) => setMasto({ ...masto, instance: e.target.value })}
            />
            <input
              type="password"
              aria-label={t('optionsMastodonToken')}
              placeholder={t('optionsMastodonToken')}
              value={masto.token}
              onChange={(e) => setMasto({ ...masto, token: e.target.value })}
            />
            <button className="primary" data-action="connect-mastodon" onClick={() => void connectMastodon()}>
              {t('optionsConnect')}
            </button>
          </div>
        )}
      </div>
      <Notice notice={notice} />
    </section>
  );
}
