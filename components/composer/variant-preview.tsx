import { FOLDS, overflowIndex, type ComposeTarget, type MeasureOptions } from '@/lib/compose';
import { t } from '@/lib/i18n/t';

/**
 * The text as the platform will show it: the feed's "see more" fold marked where it falls, and
 * anything past the length limit highlighted. Rendered as text (React escapes it), never as HTML.
 */
export function VariantPreview({ target, text, opts }: { target: ComposeTarget; text: string; opts: MeasureOptions }) {
  const over = overflowIndex(target, text, opts);
  const fold = FOLDS[target];
  const within = over === undefined ? text : text.slice(0, over);
  const overflow = over === undefined ? '' : text.slice(over);
  const foldAt = fold !== undefined && [...within].length > fold ? [...within].slice(0, fold).join('').length : undefined;
  return (
    <div className="preview post-text" data-preview={target}>
      {foldAt === undefined ? (
        within
      ) : (
        <>
          {within.slice(0, foldAt)}
          <span className="fold" data-testid="fold" title={t('composerFoldHint', [String(fold)])}>
            {t('composerSeeMore')}
          </span>
          <span className="below-fold">{within.slice(foldAt)}</span>
        </>
      )}
      {overflow && (
        <mark className="overflow" data-testid="overflow" title={t('composerOverflowHint')}>
          {overflow}
        </mark>
      )}
    </div>
  );
}
