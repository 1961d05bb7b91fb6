import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import type { DraftInput } from '@/lib/db/drafts';
import type { NoticeData } from '../ui/notice';

/**
 * The composer's own state: the last action's notice and whether one is running. `set` edits the
 * draft and clears the notice (it spoke of the draft before the edit); `run` runs one action at a
 * time and shows what it said, or the error it threw.
 */
export function useComposerState(state: DraftInput, onChange: (next: DraftInput) => void) {
  const [notice, setNotice] = useState<NoticeData>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<DraftInput>) => {
    onChange({ ...state, ...patch });
    setNotice(undefined);
  };
  const run = async (action: () => Promise<NoticeData>) => {
    setBusy(true);
    try {
      setNotice(await action());
    } catch (err) {
      setNotice({ kind: 'error', text: t('errInternal', [String(err).slice(0, 120)]) });
    } finally {
      setBusy(false);
    }
  };
  return { notice, setNotice, busy, set, run };
}
