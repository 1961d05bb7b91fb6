import { useEffect, useState } from 'react';
import { COMPOSE_TARGETS, type ComposeTarget } from '@/lib/compose';
import { t } from '@/lib/i18n/t';
import { sendMessage, type Connections } from '@/lib/messaging/protocol';
import { originOf } from '@/lib/api-posting/origin';
import { API_TARGETS, PLATFORM_NAMES, POSTING } from '@/lib/platforms/registry';
import { isQueueTime } from '@/lib/scheduling/queue';
import type { Settings } from '@/lib/settings';
import { errorText } from '../ui/errors';
import { Notice, type NoticeData } from '../ui/notice';

/** Long posts, queue times per platform, and the accounts of the platforms posted to by their API. */
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
  // Each API platform's connect form, as its definition lists the fields.
  const blankForm = (target: ComposeTarget) =>
    Object.fromEntries((POSTING[target].api?.fields ?? []).map((f) => [f.name, f.initial ?? ''])) as Record<string, string>;
  const [forms, setForms] = useState(
    () => Object.fromEntries(API_TARGETS.map((p) => [p, blankForm(p)])) as Record<string, Record<string, string>>,
  );
  const setField = (target: ComposeTarget, name: string, value: string) =>
    setForms({ ...forms, [target]: { ...forms[target], [name]: value } });
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

  const connect = async (target: ComposeTarget) => {
    const form = POSTING[target].api!;
    const fields = { ...forms[target]! };
    if (form.originField) {
      let origin: string;
      try {
        origin = originOf(fields[form.originField] ?? '');
      } catch {
        return setNotice({ kind: 'error', text: t('errBadInstance') });
      }
      // Only this server's origin, asked for now (optional host permission), within the click.
      if (!(await requestOrigin(origin))) return setNotice({ kind: 'error', text: t('errPermissionDenied') });
      fields[form.originField] = origin;
    }
    const res = await sendMessage('connect', { target, fields });
    setNotice(
      res.ok
        ? { kind: 'ok', text: t('optionsConnectedAs', [res.connection.label]) }
        : { kind: 'error', text: errorText(res.error, res.detail) },
    );
    // A secret (a password, a token) is cleared once used.
    if (res.ok)
      setForms({ ...forms, [target]: Object.fromEntries(form.fields.map((f) => [f.name, f.secret ? '' : (fields[f.name] ?? '')])) });
    refresh();
  };
  const disconnect = async (target: ComposeTarget) => {
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
      {API_TARGETS.map((p) => {
        const c = conn[p];
        return (
          <div key={p} className="stack" data-connection={p}>
            <b>{PLATFORM_NAMES[p]}</b>
            {c ? (
              <div className="row">
                <span data-testid={`${p}-connected`}>
                  {t('optionsConnectedAs', [c.label])}
                  {c.limit ? ` (${t('optionsMastodonLimit', [String(c.limit)])})` : ''}
                </span>
                <button className="small" onClick={() => void disconnect(p)}>
                  {t('optionsDisconnect')}
                </button>
              </div>
            ) : (
              <div className="row wrap">
                {/* A visible label over each field: a placeholder goes once the field is filled (or prefilled). */}
                {(POSTING[p].api?.fields ?? []).map((f) => (
                  <label key={f.name} className="stack small">
                    {t(f.label as 'optionsConnect')}
                    <input
                      name={f.name}
                      type={f.secret ? 'password' : 'text'}
                      aria-label={t(f.label as 'optionsConnect')}
                      value={forms[p]?.[f.name] ?? ''}
                      onChange={(e) => setField(p, f.name, e.target.value)}
                    />
                  </label>
                ))}
                <button className="primary" data-action={`connect-${p}`} onClick={() => void connect(p)}>
                  {t('optionsConnect')}
                </button>
              </div>
            )}
          </div>
        );
      })}
      <Notice notice={notice} />
    </section>
  );
}
