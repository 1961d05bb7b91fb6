import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import { measure, type ComposeTarget } from '@/lib/compose';
import { formatDateTime, fromLocalInput, toLocalInput } from '@/lib/format';
import type { ComposeOutcome, Result } from '@/lib/messaging/protocol';
import { errorText } from '../ui/errors';
import { useLocale } from '../ui/locale';
import { Notice, type NoticeData } from '../ui/notice';

export interface QuickComposerProps {
  text: string;
  onTextChange(text: string): void;
  onSaveDraft(text: string): Promise<Result<{ id: string }>>;
  onSchedule(text: string, at: number): Promise<Result<{ id: string }>>;
  onPostOnX(text: string): Promise<ComposeOutcome>;
  now(): number;
  /** The platform it writes for (the registry's quick target), counted the way that platform counts. */
  target: ComposeTarget;
}

/** Text, the platform's exact count, and three actions. Every refusal says what to fix. */
export function QuickComposer({ text, onTextChange, onSaveDraft, onSchedule, onPostOnX, now, target }: QuickComposerProps) {
  const locale = useLocale();
  const [scheduling, setScheduling] = useState(false);
  const [when, setWhen] = useState(() => toLocalInput(now() + 60 * 60 * 1000));
  const [notice, setNotice] = useState<NoticeData>();
  const [busy, setBusy] = useState(false);
  const { used, limit } = measure(target, text);
  const over = used - limit;
  const empty = text.trim().length === 0;

  const run = async (action: () => Promise<NoticeData>) => {
    setBusy(true);
    try {
      setNotice(await action());
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      const res = await onSaveDraft(text);
      if (!res.ok) return { kind: 'error', text: errorText(res.error, res.detail) };
      onTextChange('');
      return { kind: 'ok', text: t('composerSaved') };
    });

  const schedule = () =>
    run(async () => {
      const at = fromLocalInput(when);
      if (at === undefined) return { kind: 'error', text: t('errScheduleInvalid') };
      if (at <= now()) return { kind: 'error', text: t('errScheduleInPast') };
      const res = await onSchedule(text, at);
      if (!res.ok) return { kind: 'error', text: errorText(res.error, res.detail) };
      onTextChange('');
      setScheduling(false);
      return { kind: 'ok', text: t('composerScheduled', [formatDateTime(at, locale)]) };
    });

  const post = () =>
    run(async () => {
      if (over > 0) return { kind: 'error', text: t('composerOverLimit', [String(over)]) };
      const res = await onPostOnX(text);
      if (!res.ok) return { kind: 'error', text: errorText(res.error, res.detail) };
      return { kind: 'ok', text: res.method === 'inPage' ? t('composerOpenedInPage') : t('composerOpenedIntent') };
    });

  return (
    <section className="stack" aria-labelledby="composer-title">
      <div className="row">
        <h2 id="composer-title">{t('composerTitle')}</h2>
        <span className="spacer" />
        <span className={`counter small ${over > 0 ? 'over' : 'muted'}`} data-testid="x-count" data-used={used}>
          {t('composerCount', [String(used), String(limit)])}
        </span>
      </div>
      <textarea
        value={text}
        placeholder={t('composerPlaceholder')}
        aria-label={t('composerPlaceholder')}
        onChange={(e) => {
          onTextChange(e.target.value);
          setNotice(undefined);
        }}
      />
      {over > 0 && (
        <div className="notice error" role="alert">
          {t('composerOverLimit', [String(over)])}
        </div>
      )}
      {scheduling && (
        <div className="row wrap">
          <label className="small" htmlFor="schedule-at">
            {t('composerScheduleAt')}
          </label>
          <input id="schedule-at" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
          <button className="primary" data-action="confirm-schedule" disabled={busy || empty} onClick={schedule}>
            {t('composerConfirmSchedule')}
          </button>
          <button onClick={() => setScheduling(false)}>{t('composerCancel')}</button>
        </div>
      )}
      <div className="row">
        <button data-action="save-draft" disabled={busy || empty} onClick={save}>
          {t('composerSaveDraft')}
        </button>
        {!scheduling && (
          <button data-action="schedule" disabled={busy || empty} onClick={() => setScheduling(true)}>
            {t('composerSchedule')}
          </button>
        )}
        <span className="spacer" />
        <button className="primary" data-action="post-on-x" disabled={busy || empty} onClick={post}>
          {t('composerPostOnX')}
        </button>
      </div>
      <Notice notice={notice} />
    </section>
  );
}
