import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import { hashtagSetsItem } from '@/lib/settings';
import type { NoticeData } from '../ui/notice';
import { useStorageItem } from '../ui/use-storage-item';
import { saveHashtagSet, withHashtagSet } from './composer-actions';

/** Insert a saved set of hashtags, or save the text's hashtags as one. */
export function HashtagSets({ text, onInsert, onNotice }: { text: string; onInsert(text: string): void; onNotice(n: NoticeData): void }) {
  const [setName, setSetName] = useState('');
  const allSets = useStorageItem(hashtagSetsItem) ?? [];
  const insertSet = (name: string) => {
    const s = allSets.find((x) => x.name === name);
    const next = s && withHashtagSet(text, s);
    if (next !== undefined) onInsert(next);
  };
  const saveSet = async () => {
    const notice = await saveHashtagSet(allSets, setName, text);
    if (notice?.kind === 'ok') setSetName('');
    onNotice(notice);
  };
  return (
    <div className="row wrap small">
      <select aria-label={t('composerHashtagSets')} data-testid="hashtag-set" value="" onChange={(e) => insertSet(e.target.value)}>
        <option value="">{allSets.length ? t('composerInsertSet') : t('composerNoSets')}</option>
        {allSets.map((s) => (
          <option key={s.name} value={s.name}>
            {s.name} ({s.tags.map((x) => `#${x}`).join(' ')})
          </option>
        ))}
      </select>
      <input
        placeholder={t('composerSetName')}
        aria-label={t('composerSetName')}
        value={setName}
        onChange={(e) => setSetName(e.target.value)}
      />
      <button className="small" data-action="save-set" onClick={() => void saveSet()}>
        {t('composerSaveSet')}
      </button>
    </div>
  );
}
