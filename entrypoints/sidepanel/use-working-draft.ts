import { useEffect, useState } from 'react';
import type { ComposerState } from '@/components/composer/composer';
import { useSettings } from '@/components/data/use-settings';
import { getDb } from '@/lib/db/db';
import { getDraft } from '@/lib/db/queries/drafts';
import type { DraftRow } from '@/lib/db/schema';
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
 * The composer's working draft: autosaved to storage as the user types (closing the panel loses
 * nothing), opened on a draft by the context menu, the keyboard command or a click in the lists.
 * `showComposer` brings the compose tab forward when a draft is opened.
 */
export function useWorkingDraft(showComposer: () => void) {
  const [state, setState] = useState<ComposerState>();
  const settings = useSettings();
  const [connections, setConnections] = useState<Connections>();
  useEffect(() => {
    void sendMessage('getConnections', {}).then(
      (c) => setConnections(c.ok ? c : {}),
      () => setConnections({}),
    );
    const openDraft = async (id: string | null) => {
      if (!id) return;
      await openDraftItem.setValue(null);
      const row = id === 'new' ? undefined : await getDraft(getDb(), id);
      if (row) setState(editable(row));
      else if (id === 'new') setState({ text: '', platforms: await composeTargetsItem.getValue() });
      showComposer();
    };
    void (async () => {
      const [stored, platforms] = await Promise.all([composerStateItem.getValue(), composeTargetsItem.getValue()]);
      setState((s) => s ?? stored ?? { text: '', platforms });
      await openDraft(await openDraftItem.getValue());
    })();
    return openDraftItem.watch((id) => void openDraft(id));
  }, [showComposer]);
  const change = (next: ComposerState) => {
    setState(next);
    void composerStateItem.setValue(next);
  };
  return {
    state,
    settings,
    connections,
    change,
    edit: (d: DraftRow) => {
      change(editable(d));
      showComposer();
    },
  };
}
