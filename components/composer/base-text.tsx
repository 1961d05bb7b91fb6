import type { DraftInput } from '@/lib/db/drafts';
import { t } from '@/lib/i18n/t';

/** The base text every platform starts from, and the draft's options (thread, numbering, UTM, campaign). */
export function BaseText({ state, set }: { state: DraftInput; set(patch: Partial<DraftInput>): void }) {
  return (
    <>
      <textarea
        data-testid="base-text"
        rows={6}
        value={state.text}
        placeholder={t('composerPlaceholder')}
        aria-label={t('composerBase')}
        // A new base text re-splits every thread: moved split points were for the old one.
        onChange={(e) => set({ text: e.target.value, ...(state.threads ? { threads: undefined } : {}) })}
      />
      <div className="row wrap small">
        <label>
          <input
            type="checkbox"
            data-action="toggle-thread"
            checked={Boolean(state.thread)}
            onChange={(e) => set({ thread: e.target.checked, threads: undefined })}
          />{' '}
          {t('composerThread')}
        </label>
        <label>
          <input
            type="checkbox"
            data-action="toggle-numbering"
            disabled={!state.thread}
            checked={Boolean(state.numbering)}
            onChange={(e) => set({ numbering: e.target.checked })}
          />{' '}
          {t('composerNumbering')}
        </label>
        <label>
          <input type="checkbox" data-action="toggle-utm" checked={Boolean(state.utm)} onChange={(e) => set({ utm: e.target.checked })} />{' '}
          {t('composerUtm')}
        </label>
        <input
          data-testid="campaign"
          placeholder={t('composerCampaign')}
          aria-label={t('composerCampaign')}
          value={state.campaign ?? ''}
          maxLength={100}
          onChange={(e) => set({ campaign: e.target.value || undefined })}
        />
      </div>
    </>
  );
}
