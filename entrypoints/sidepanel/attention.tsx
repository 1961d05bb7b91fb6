import { useState } from 'react';
import { draftListActions } from '@/components/composer/draft-actions';
import { DraftList } from '@/components/composer/draft-list';
import { postNow } from '@/components/composer/post-now';
import { useDrafts } from '@/components/data/use-drafts';
import { PostSuggestions } from '@/components/composer/post-suggestions';
import type { DraftRow } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/protocol';

const NEEDS_ATTENTION = ['due', 'missed'] as const;
/** Drafts handed over (or posted elsewhere) whose post capture may have seen. */
const HANDED_OVER = ['draft', 'scheduled', 'due', 'missed', 'posted'] as const;

/** Drafts that are due or were missed, with their actions; hidden while there are none. */
export function Attention({ onEdit }: { onEdit(d: DraftRow): void }) {
  const attention = useDrafts(NEEDS_ATTENTION) ?? [];
  const handedOver = useDrafts(HANDED_OVER) ?? [];
  const suggestions = (
    <PostSuggestions drafts={handedOver} onAnswer={(id, target, mine) => void sendMessage('answerSuggestion', { id, target, mine })} />
  );
  // The outcome of the last "Post now"; kept while the list is empty (this stays mounted).
  const [draftNotice, setDraftNotice] = useState<{ kind: string; text: string }>();
  if (attention.length === 0) return suggestions;
  return (
    <>
      {suggestions}
      <section className="card stack attention" data-testid="attention">
        <DraftList drafts={attention} onPost={(d) => void postNow(d).then(setDraftNotice)} onEdit={onEdit} {...draftListActions} />
        {draftNotice && (
          <div className={`notice ${draftNotice.kind}`} role="status">
            {draftNotice.text}
          </div>
        )}
      </section>
    </>
  );
}
