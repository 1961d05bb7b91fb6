import { useState } from 'react';
import { NotABackupError } from '@/lib/backup/backup';
import { t } from '@/lib/i18n/t';
import { rowsPhrase } from '@/lib/i18n/words';
import { downloadBlob } from '../ui/download';
import { useLocale } from '../ui/locale';
import { Notice, type NoticeData } from '../ui/notice';

export interface BackupPanelProps {
  onExport(kind: 'posts' | 'snapshots' | 'backup', progress: (f: number) => void): Promise<{ blob: Blob; filename: string }>;
  /** Resolves to rows added per table, or rejects with a reason in words. */
  onRestore(file: File, progress: (f: number) => void): Promise<Record<string, number>>;
}

/** What a restore added, in words ("376 posts, 12 drafts and your settings"), never table names. */
export function restoredText(added: Record<string, number>, locale: string): string {
  const parts = Object.entries(added)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => (table === 'settings' ? t('restoreSettings') : rowsPhrase(table, n, locale)));
  return parts.length ? t('restoreAdded', [new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts)]) : t('restoreNothing');
}

/** Why a file was not restored, in words in the UI language. */
export function refusalText(err: unknown, locale: string): string {
  if (!(err instanceof NotABackupError)) return t('restoreUnreadable');
  const d = err.detail;
  switch (err.code) {
    case 'notJson':
      return t('restoreNotJson');
    case 'notPantau':
      return t('restoreNotPantau');
    case 'truncated':
      return t('restoreTruncated');
    case 'countMismatch':
      return d
        ? t('restoreCountMismatch', [rowsPhrase(d.table, d.expected ?? 0, locale), rowsPhrase(d.table, d.found ?? 0, locale)])
        : t('restoreTruncated');
    case 'invalidRow':
      return t('restoreInvalidRow', [rowsPhrase(d?.table ?? '', d?.found ?? 0, locale)]);
    case 'unknownData':
      return t('restoreUnknownData');
    default:
      return t('restoreUnreadable');
  }
}

/** CSV exports and full backup/restore, with progress and an outcome in words. */
export function BackupPanel({ onExport, onRestore }: BackupPanelProps) {
  const locale = useLocale();
  const [progress, setProgress] = useState<number>();
  const [notice, setNotice] = useState<NoticeData>();
  const pct = new Intl.NumberFormat(locale, { style: 'percent' });
  const busy = progress !== undefined;

  const run = async (work: () => Promise<NoticeData>) => {
    setNotice(undefined);
    setProgress(0);
    try {
      setNotice(await work());
    } catch (err) {
      setNotice({ kind: 'error', text: t('restoreRefused', [refusalText(err, locale)]) });
    } finally {
      setProgress(undefined);
    }
  };
  const exportAs = (kind: 'posts' | 'snapshots' | 'backup') =>
    run(async () => {
      const { blob, filename } = await onExport(kind, setProgress);
      downloadBlob(blob, filename);
      return undefined;
    });

  return (
    <section className="card stack" data-testid="backup">
      <h2>{t('backupTitle')}</h2>
      <div className="muted small">{t('backupHint')}</div>
      <div className="row wrap">
        <button data-action="export-posts" disabled={busy} onClick={() => void exportAs('posts')}>
          {t('exportPosts')}
        </button>
        <button data-action="export-snapshots" disabled={busy} onClick={() => void exportAs('snapshots')}>
          {t('exportSnapshots')}
        </button>
        <button data-action="backup" disabled={busy} onClick={() => void exportAs('backup')}>
          {t('backupDownload')}
        </button>
        <label className="row">
          <span className="small">{t('restoreFrom')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-action="restore"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              void run(async () => {
                return { kind: 'ok', text: restoredText(await onRestore(file, setProgress), locale) };
              });
            }}
          />
        </label>
      </div>
      {busy && (
        <div role="progressbar" aria-valuenow={Math.round((progress ?? 0) * 100)} className="small muted">
          {t('backupWorking', [pct.format(progress ?? 0)])}
        </div>
      )}
      <Notice notice={notice} testId="backup-notice" />
    </section>
  );
}
