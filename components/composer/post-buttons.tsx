import type { ComposeTarget } from '@/lib/compose';
import { t } from '@/lib/i18n/t';
import type { Connections } from '@/lib/messaging/protocol';
import { PLATFORM_NAMES, POSTING } from '@/lib/platforms/registry';
import type { Problem } from './problems';

/**
 * "Post now" per platform: fill its composer in a tab (or copy and open, where it only takes
 * uploads), and post through its API where an account is connected. A posting-only target (Mastodon) has only the API.
 * A platform whose text has a problem is held back alone, saying where to fix it; the others stay open.
 */
export function PostButtons({
  platforms,
  connections,
  disabled,
  problems = [],
  onPost,
}: {
  platforms: ComposeTarget[];
  connections: Connections;
  disabled: boolean;
  problems?: readonly Problem[];
  onPost(target: ComposeTarget, how: 'page' | 'api'): void;
}) {
  return (
    <>
      <h3>{t('composerPostNow')}</h3>
      <div className="row wrap">
        {platforms.map((p) => {
          const api = Boolean(POSTING[p].api && connections[p]);
          // A target posted to by its API alone has no page to fill.
          const apiOnly = POSTING[p].mode === 'api';
          const held = problems.some((x) => x.target === p);
          const off = disabled || held;
          return (
            <span key={p} className="row wrap">
              {!apiOnly && (
                <button className={api ? '' : 'primary'} data-post={p} disabled={off} onClick={() => onPost(p, 'page')}>
                  {POSTING[p].mode === 'upload' ? t('composerCopyOpen', [PLATFORM_NAMES[p]]) : t('composerFill', [PLATFORM_NAMES[p]])}
                </button>
              )}
              {api ? (
                <button className="primary" data-post-api={p} disabled={off} onClick={() => onPost(p, 'api')}>
                  {t('composerPostApi', [PLATFORM_NAMES[p]])}
                </button>
              ) : (
                apiOnly && <span className="muted small">{t('composerConnectHint', [PLATFORM_NAMES[p]])}</span>
              )}
              {held && (
                <span className="small err" data-held={p}>
                  {t('problemFixAbove', [PLATFORM_NAMES[p]])}
                </span>
              )}
            </span>
          );
        })}
      </div>
    </>
  );
}
