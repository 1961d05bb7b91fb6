import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComposerState } from '@/components/composer/composer';
import { useSettings } from '@/components/data/use-settings';
import type { NoticeData } from '@/components/ui/notice';
import { getDb } from '@/lib/db/db';
import { hasUnsavedChanges } from '@/lib/db/drafts';
import { getDraft } from '@/lib/db/queries/drafts';
import type { DraftRow } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { sendMessage, type Connections } from '@/lib/messaging/protocol';
import { composerStateItem, composeTargetsItem, openDraftItem } from '@/lib/settings';

const editable = (d: DraftRow): ComposerState => ({
  id: d.id,
  text: d.text,
  platforms: d.platforms,
  ...(d.variants ? { variants: d.variants } : {}),
  ...(d.threads ? { threads: d.threads } : {}),
  ...(d.thread !== undefined ? { thread: d.thread } : {}),
  ...(d.numbering !== undefined ? { numbering: d.numbering } : {}),
  ...(d.campaign !== undefined ? { campaign: d.campaign } : {}),
  ...(d.utm !== undefined ? { utm: d.utm } : {}),
});

/**
 * Before the working text is replaced (the context menu, the keyboard command, "New draft", a
 * click in a list), unsaved work is saved as a draft by the background: edits of a plain draft
 * into it, a new text as a new draft, and edits of a scheduled, due or missed draft as a new draft,
 * so what goes out at its time stays what the user saved. A draft deleted meanwhile is not revived.
 */
async function keepWorkingText(current: ComposerState | undefined): Promise<NoticeData> {
  if (!current?.text.trim()) return undefined;
  const stored = current.id ? await getDraft(getDb(), current.id) : undefined;
  if (current.id && !stored) return undefined;
  if (!hasUnsavedChanges(current, stored)) return undefined;
  const asCopy = stored !== undefined && stored.status !== 'draft';
  const { id, ...rest } = current;
  const platforms = rest.platforms.length ? rest.platforms : await composeTargetsItem.getValue();
  const res = await sendMessage('saveDraft', { ...rest, platforms, ...(id && !asCopy ? { id } : {}) });
  if (!res.ok) return { kind: 'error', text: t('errInternal', [res.error]) };
  return { kind: 'ok', text: asCopy ? t('composerKeptCopy') : t('composerKeptAsDraft') };
}

/**
 * The composer's working draft: autosaved to storage as the user types (closing the panel loses
 * nothing), opened on a draft by the context menu, the keyboard command or a click in the lists,
 * each time after keeping the unsaved work. `showComposer` brings the compose tab forward.
 */
export function useWorkingDraft(showComposer: () => void) {
  const [state, setState] = useState<ComposerState>();
  const latest = useRef<ComposerState>(undefined);
  const [kept, setKept] = useState<NoticeData>();
  const settings = useSettings();
  const [connections, setConnections] = useState<Connections>();

  const put = (next: ComposerState) => {
    latest.current = next;
    setState(next);
    void composerStateItem.setValue(next);
  };
  // One replacement at a time: a menu click while the previous one is saving waits for it.
  const queue = useRef(Promise.resolve());
  const replace = useCallback(
    (next: () => Promise<ComposerState | undefined>) => {
      queue.current = queue.current.then(async () => {
        const notice = await keepWorkingText(latest.current);
        const value = await next();
        if (value) put(value);
        setKept(notice);
        showComposer();
      });
      return queue.current;
    },
    [showComposer],
  );

  useEffect(() => {
    void sendMessage('getConnections', {}).then(
      (c) => setConnections(c.ok ? c : {}),
      () => setConnections({}),
    );
    const openDraft = async (id: string | null) => {
      if (!id) return;
      await openDraftItem.setValue(null);
      await replace(async () => {
        if (id !== 'new') {
          const row = await getDraft(getDb(), id);
          return row ? editable(row) : undefined;
        }
        return { text: '', platforms: latest.current?.platforms ?? (await composeTargetsItem.getValue()) };
      });
    };
    void (async () => {
      const [stored, platforms] = await Promise.all([composerStateItem.getValue(), composeTargetsItem.getValue()]);
      if (!latest.current) {
        latest.current = stored ?? { text: '', platforms };
        setState(latest.current);
      }
      await openDraft(await openDraftItem.getValue());
    })();
    return openDraftItem.watch((id) => void openDraft(id));
  }, [replace]);

  return {
    state,
    settings,
    connections,
    /** What became of the text the last replacement took the place of. */
    kept,
    change: (next: ComposerState) => {
      put(next);
      setKept(undefined);
    },
    edit: (d: DraftRow) => void replace(async () => editable((await getDraft(getDb(), d.id)) ?? d)),
    startNew: () => void replace(async () => ({ text: '', platforms: latest.current?.platforms ?? [] })),
  };
}
