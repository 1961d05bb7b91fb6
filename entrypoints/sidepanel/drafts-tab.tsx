import { DraftBrowser } from '@/components/composer/draft-browser';
import { useAllDrafts } from '@/components/data/use-drafts';
import { useStorageItem } from '@/components/ui/use-storage-item';
import { getDb } from '@/lib/db/db';
import { getDraft } from '@/lib/db/queries/drafts';
import type { DraftRow } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/protocol';
import { UNDO_MS } from '@/lib/drafts/undo';
import { deletedDraftsItem } from '@/lib/settings';

/** Every draft, searchable; edit, use as template, delete with undo. The background does every write. */
export function DraftsTab({ now, onEdit }: { now: number; onEdit(d: DraftRow): void }) {
  const drafts = useAllDrafts();
  const deleted = (useStorageItem(deletedDraftsItem) ?? []).filter((e) => now - e.deletedAt < UNDO_MS).map((e) => e.row);
  if (!drafts) return null;
  return (
    <DraftBrowser
      drafts={drafts}
      now={now}
      deleted={deleted}
      onEdit={onEdit}
      onTemplate={async (d) => {
        const res = await sendMessage('duplicateDraft', { id: d.id });
        const copy = res.ok ? await getDraft(getDb(), res.id) : undefined;
        if (copy) onEdit(copy);
      }}
      onDelete={(d) => void sendMessage('deleteDraft', { id: d.id })}
      onUndo={(d) => void sendMessage('undoDeleteDraft', { id: d.id })}
    />
  );
}
