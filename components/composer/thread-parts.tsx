import { measure, type ComposeTarget, type MeasureOptions } from '@/lib/compose';
import { t } from '@/lib/i18n/t';
import type { Problem } from './problems';
import { VariantPreview } from './variant-preview';

/** A thread's posts, each previewed and counted, with buttons to move the split after each one. */
export function ThreadParts({
  target,
  parts,
  opts,
  onMove,
  problems = [],
}: {
  target: ComposeTarget;
  /** The posts as they go out (numbered when numbering is on). */
  parts: string[];
  opts: MeasureOptions;
  onMove(i: number, dir: 'earlier' | 'later'): void;
  /** Problems by post (`part`), each shown under its post, next to the buttons that move its split. */
  problems?: readonly Problem[];
}) {
  return (
    <ol className="thread stack" data-thread={target}>
      {parts.map((part, i) => {
        const pm = measure(target, part, opts);
        return (
          <li key={i} className="stack">
            <VariantPreview target={target} text={part} opts={opts} />
            <div className="row small">
              <span className={`counter ${pm.used > pm.limit ? 'over' : 'muted'}`} data-part-count={i}>
                {t('composerCount', [String(pm.used), String(pm.limit)])}
              </span>
              <span className="spacer" />
              {i < parts.length - 1 && (
                <>
                  <button
                    className="small"
                    data-move={`${i}:earlier`}
                    title={t('composerMoveEarlier')}
                    onClick={() => onMove(i, 'earlier')}
                  >
                    {t('composerMoveEarlierShort')}
                  </button>
                  <button className="small" data-move={`${i}:later`} title={t('composerMoveLater')} onClick={() => onMove(i, 'later')}>
                    {t('composerMoveLaterShort')}
                  </button>
                </>
              )}
            </div>
            {problems
              .filter((p) => p.part === i)
              .map((p) => (
                <div key={p.text} className="notice error small" role="alert" data-part-problem={i}>
                  {p.text}
                </div>
              ))}
          </li>
        );
      })}
    </ol>
  );
}
