import { useState } from 'react';
import type { HarOutcome } from '@/lib/har/import';
import { HarError } from '@/lib/har/read';
import { t } from '@/lib/i18n/t';
import { tp } from '@/lib/i18n/plural';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import type { SkipReason } from '@/lib/platforms/types';
import { useLocale } from '../ui/locale';

const ERRORS = {
  notHar: () => t('harNotHar'),
  tooLarge: () => t('harTooLarge'),
  malformed: () => t('harMalformed'),
  noKnownEntries: () => t('harNoKnownEntries'),
  noContent: () => t('harNoContent'),
  nothingRead: () => t('harNothingRead'),
} as const;

/** Settings → Import → HAR: a file input, progress, and per platform what was imported and skipped. */
export function HarImport({ onImport }: { onImport(file: File, progress: (f: number) => void): Promise<HarOutcome> }) {
  const locale = useLocale();
  const [progress, setProgress] = useState<number>();
  const [outcome, setOutcome] = useState<HarOutcome>();
  const [error, setError] = useState<string>();
  const pct = new Intl.NumberFormat(locale, { style: 'percent' });
  const run = async (file: File) => {
    setOutcome(undefined);
    setError(undefined);
    setProgress(0);
    try {
      setOutcome(await onImport(file, setProgress));
    } catch (err) {
      setError(err instanceof HarError ? ERRORS[err.code]() : t('harFailed', [err instanceof Error ? err.message : String(err)]));
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <section className="card stack" data-testid="har-import">
      <h2>{t('harTitle')}</h2>
      <div className="muted small">{t('harHint')}</div>
      <label className="stack">
        <span className="small">{t('harChoose')}</span>
        <input
          type="file"
          accept=".har,application/json"
          data-action="import-har"
          disabled={progress !== undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby="har-error"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(file);
          }}
        />
      </label>
      {error ? (
        <div id="har-error" className="notice error" role="alert" data-testid="har-error">
          {error}
        </div>
      ) : null}
      {progress !== undefined ? (
        <div className="row small" role="status">
          <progress value={progress} max={1} /> {t('harProgress', [pct.format(progress)])}
        </div>
      ) : null}
      {outcome ? (
        <div className="notice ok stack small" role="status" data-testid="har-outcome">
          <strong>{tp('harDone', outcome.entriesTotal)}</strong>
          {outcome.perPlatform.map((p) => {
            const skipped = Object.values(p.skipped).reduce((a: number, b) => a + (b ?? 0), 0);
            const reasons = (Object.entries(p.skipped) as Array<[SkipReason, number]>).map(
              ([k, n]) => `${n} ${t(`skip${k[0]!.toUpperCase()}${k.slice(1)}` as 'skipNoId')}`,
            );
            return (
              <div key={p.platform} data-har-platform={p.platform} data-stored={p.stored}>
                {t('harPlatformLine', [
                  PLATFORM_NAMES[p.platform],
                  String(p.entries),
                  String(p.posts),
                  String(p.profiles),
                  String(p.newPosts ?? 0),
                ])}
                {skipped ? ` ${t('harSkippedLine', [reasons.join(', ')])}` : ''}
                {p.noContent ? ` ${tp('harNoContentLine', p.noContent)}` : ''}
              </div>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
