import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import type { DraftInput } from '@/lib/db/drafts';
import type { NoticeData } from '../ui/notice';

export type NoticeAt = 'top' | 'schedule' | 'post';

/**
 * The composer's own state: the last action's notice and whether one is running. `set` edits the
 * draft and clears the notice (it spoke of the draft before the edit); `run` runs one action at a
 * time and shows what it said, or the error it threw.
 */
export function useComposerState(state: DraftInput, onChange: (next: DraftInput) => void) {
  const [notice, setShown] = useState<NoticeData>();
  // Where the notice shows: under the control that was used (the text tools, the schedule row, the post buttons).
  const [where, setWhere] = useState<NoticeAt>('top');
  const [busy, setBusy] = useState(false);
  const setNotice = (n: NoticeData, at: NoticeAt = 'top') => {
    setShown(n);
    setWhere(at);
  };
  const set = (patch: Partial<DraftInput>) => {
    onChange({ ...state, ...patch });
    setNotice(undefined);
  };
  const run = async (action: () => Promise<NoticeData>, at: NoticeAt = 'top') => {
    setBusy(true);
    try {
      setNotice(await action(), at);
    } catch (err) {
      setNotice({ kind: 'error', text: t('errInternal', [String(err).slice(0, 120)]) }, at);
    } finally {
      setBusy(false);
    }
  };
  return { notice, setNotice, busy, set, run, where };
}
