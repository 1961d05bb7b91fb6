import { useDeferredValue } from 'react';
import { isOver, measure, moveSplit, splitParts, type ComposeTarget, type MeasureOptions } from '@/lib/compose';
import { finalText, isDiverged, partsFor, threaded, variantText } from '@/lib/compose/draft';
import type { DraftInput } from '@/lib/db/drafts';
import { t } from '@/lib/i18n/t';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { problemsOf } from './problems';
import { ThreadParts } from './thread-parts';
import { VariantPreview } from './variant-preview';

/**
 * One platform's version of the draft: its own text (editing it forks it from the base), exact
 * counts, and a preview, or the thread it splits into when it is over the limit.
 */
export function VariantCard({
  target,
  state,
  onChange,
  opts,
}: {
  target: ComposeTarget;
  state: DraftInput;
  onChange(patch: Partial<DraftInput>): void;
  opts: MeasureOptions;
}) {
  const text = variantText(state, target);
  const diverged = isDiverged(state, target);
  // Counting and splitting a long draft follow the typing a frame behind (React's deferred value),
  // so a keystroke in a 50,000-character X Premium post is never held up by them.
  const view = useDeferredValue(state);
  const posted = finalText(view, target);
  const m = measure(target, posted, opts);
  const isThread = threaded(view, target) && m.used > m.limit;
  const parts = isThread ? (view.threads?.[target] ?? splitParts(target, posted, { numbering: Boolean(view.numbering) }, opts)) : [];
  const numberedParts = isThread ? partsFor(view, target, opts) : [];
  const setVariant = (value: string) => {
    const variants = { ...state.variants };
    if (value === state.text) delete variants[target];
    else variants[target] = value;
    const threads = { ...state.threads };
    delete threads[target];
    onChange({ variants: Object.keys(variants).length ? variants : undefined, threads: Object.keys(threads).length ? threads : undefined });
  };
  const move = (i: number, dir: 'earlier' | 'later') => onChange({ threads: { ...state.threads, [target]: moveSplit(parts, i, dir) } });
  const over = isOver(m) && !isThread;
  const issues = problemsOf(view, target, opts);
  const whole = issues.filter((p) => p.part === undefined);
  return (
    <div className="card stack variant" data-variant={target} data-diverged={diverged ? 'true' : 'false'}>
      <div className="row">
        <b>{PLATFORM_NAMES[target]}</b>
        <span className={`pill ${diverged ? 'own' : ''}`}>{diverged ? t('composerDiverged') : t('composerSameAsBase')}</span>
        <span className="spacer" />
        {m.title && (
          <span className={`counter small ${m.title.used > m.title.limit ? 'over' : 'muted'}`}>
            {t('composerTitleCount', [String(m.title.used), String(m.title.limit)])}
          </span>
        )}
        {m.hashtags && (
          <span className={`counter small ${m.hashtags.used > m.hashtags.limit ? 'over' : 'muted'}`}>
            {t('composerHashtagCount', [String(m.hashtags.used), String(m.hashtags.limit)])}
          </span>
        )}
        <span className={`counter small ${over ? 'over' : 'muted'}`} data-count={target} data-used={m.used} data-limit={m.limit}>
          {isThread ? t('composerThreadCount', [String(parts.length)]) : t('composerCount', [String(m.used), String(m.limit)])}
        </span>
      </div>
      <textarea
        rows={3}
        value={text}
        aria-label={t('composerVariantFor', [PLATFORM_NAMES[target]])}
        data-variant-text={target}
        onChange={(e) => setVariant(e.target.value)}
      />
      {diverged && (
        <button className="small" data-action="reset-variant" onClick={() => setVariant(state.text)}>
          {t('composerResetVariant')}
        </button>
      )}
      {m.warnings?.includes('linksNotClickable') && <div className="notice warn small">{t('composerLinksNotClickable')}</div>}
      {whole.map((p) => (
        <div key={p.text} className="notice error small" role="alert" data-testid="over-limit">
          {p.text}
        </div>
      ))}
      {isThread ? (
        <ThreadParts target={target} parts={numberedParts} opts={opts} onMove={move} problems={issues} />
      ) : (
        <VariantPreview target={target} text={posted} opts={opts} />
      )}
    </div>
  );
}
