import { safeHttpUrl } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import type { ComposeTarget } from '@/lib/compose';
import type { DraftRow } from '@/lib/db/schema';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';

/**
 * "Is this your post?": a captured post with a draft's text, by an author Pantau does not know.
 * Capture never links it on its own (anyone can copy a text); the user says whether it is theirs.
 * The captured text is third-party text: rendered as text.
 */
export function PostSuggestions({
  drafts,
  onAnswer,
}: {
  drafts: readonly DraftRow[];
  onAnswer(id: string, target: ComposeTarget, mine: boolean): void;
}) {
  const items = drafts.flatMap((d) =>
    (Object.entries(d.delivery ?? {}) as [ComposeTarget, NonNullable<DraftRow['delivery']>[ComposeTarget]][]).flatMap(([target, del]) =>
      del?.suggested ? [{ draft: d, target, s: del.suggested }] : [],
    ),
  );
  if (!items.length) return null;
  return (
    <section className="card stack" data-testid="post-suggestions">
      <h2>{t('suggestionTitle')}</h2>
      {items.map(({ draft, target, s }) => (
        <div key={`${draft.id}:${target}`} className="stack" data-suggestion={`${draft.id}:${target}`}>
          <span className="small clamp-3">{t('suggestionBody', [s.author, PLATFORM_NAMES[target], s.text.slice(0, 200)])}</span>
          <div className="row">
            <button className="primary small" data-action="suggestion-yes" onClick={() => onAnswer(draft.id, target, true)}>
              {t('suggestionYes')}
            </button>
            <button className="small" data-action="suggestion-no" onClick={() => onAnswer(draft.id, target, false)}>
              {t('suggestionNo')}
            </button>
            {safeHttpUrl(s.url) && (
              <a className="small" href={safeHttpUrl(s.url)} target="_blank" rel="noreferrer noopener">
                {t('suggestionView')} ↗
              </a>
            )}
          </div>
        </div>
      ))}
    </section>
  );
}
