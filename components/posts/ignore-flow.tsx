import { useCallback, useEffect, useState, type ReactNode } from 'react';
import './posts.css';
import { useAuthorPostCount } from '@/components/data/use-posts-list';
import type { PlatformId } from '@/lib/platforms/types';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { t } from '@/lib/i18n/t';
import { formatExact } from '@/lib/format';
import { useLocale } from '../ui/locale';

/** How long "Undo" is offered (the background keeps the rows a little longer: lib/background/ignore.ts). */
export const UNDO_SHOWN_MS = 10_000;

export interface IgnoreTarget {
  platform: PlatformId;
  handle: string;
}

export interface IgnoreActions {
  /** Mark ignored (the background keeps the rows for the undo window). */
  ignore(target: IgnoreTarget): Promise<boolean>;
  /** Put the role back, with every post. False when the window has passed. */
  undo(target: IgnoreTarget): Promise<boolean>;
}

/**
 * "Ignore" asks first, in the panel, saying how many stored posts will go; once done, a banner
 * offers "Undo" for 10 s. `ask` starts it; the returned `ui` renders the question and the banner.
 */
export function useIgnoreFlow(actions: IgnoreActions): { ask(target: IgnoreTarget): void; ui: ReactNode } {
  const [asking, setAsking] = useState<IgnoreTarget>();
  const [done, setDone] = useState<{ target: IgnoreTarget; posts: number; state: 'ignored' | 'restored' | 'late' }>();
  const locale = useLocale();
  const count = useAuthorPostCount(asking?.platform, asking?.handle);

  useEffect(() => {
    if (!done) return;
    const id = setTimeout(() => setDone(undefined), done.state === 'ignored' ? UNDO_SHOWN_MS : 4000);
    return () => clearTimeout(id);
  }, [done]);

  const confirm = useCallback(async () => {
    if (!asking) return;
    const posts = count ?? 0;
    setAsking(undefined);
    if (await actions.ignore(asking)) setDone({ target: asking, posts, state: 'ignored' });
  }, [asking, count, actions]);

  const undo = useCallback(async () => {
    if (!done) return;
    const ok = await actions.undo(done.target);
    setDone({ ...done, state: ok ? 'restored' : 'late' });
  }, [done, actions]);

  const ui = (
    <>
      {asking && (
        <div
          className="card stack sheet"
          role="alertdialog"
          aria-labelledby="ignore-title"
          data-testid="ignore-confirm"
          onKeyDown={(e) => e.key === 'Escape' && setAsking(undefined)}
        >
          <strong id="ignore-title">{t('ignoreAskTitle', [asking.handle, PLATFORM_NAMES[asking.platform]])}</strong>
          <div className="small" data-testid="ignore-count" data-count={count ?? ''}>
            {count === undefined
              ? '…'
              : count === 0
                ? t('ignoreAskNone')
                : count === 1
                  ? t('ignoreAskOne')
                  : t('ignoreAskPosts', [formatExact(count, locale)])}
          </div>
          <div className="row">
            <button className="danger" data-action="confirm-ignore" disabled={count === undefined} onClick={() => void confirm()} autoFocus>
              {t('ignoreConfirm')}
            </button>
            <button data-action="cancel-ignore" onClick={() => setAsking(undefined)}>
              {t('composerCancel')}
            </button>
          </div>
        </div>
      )}
      {done && (
        <div className="notice ok row sheet" role="status" data-testid="ignore-undo" data-state={done.state}>
          <span>
            {done.state === 'ignored'
              ? t('ignoreDone', [done.target.handle])
              : done.state === 'restored'
                ? t('ignoreRestored', [done.target.handle])
                : t('ignoreTooLate')}
          </span>
          <span className="spacer" />
          {done.state === 'ignored' && (
            <button className="small" data-action="undo-ignore" onClick={() => void undo()}>
              {t('ignoreUndo')}
            </button>
          )}
        </div>
      )}
    </>
  );
  return { ask: setAsking, ui };
}
