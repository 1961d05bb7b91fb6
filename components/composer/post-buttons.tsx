import type { ComposeTarget } from '@/lib/compose';
import { t } from '@/lib/i18n/t';
import type { Connections } from '@/lib/messaging/protocol';
import { PLATFORM_NAMES, POSTING } from '@/lib/platforms/registry';

/**
 * "Post now" per platform: fill its composer in a tab (or copy and open, where it only takes
 * uploads), and post through its API where an account is connected. A posting-only target (Mastodon) has only the API.
 */
export function PostButtons({
  platforms,
  connections,
  disabled,
  onPost,
}: {
  platforms: ComposeTarget[];
  connections: Connections;
  disabled: boolean;
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
          return (
            <span key={p} className="row">
              {!apiOnly && (
                <button className={api ? '' : 'primary'} data-post={p} disabled={disabled} onClick={() => onPost(p, 'page')}>
                  {POSTING[p].mode === 'upload' ? t('composerCopyOpen', [PLATFORM_NAMES[p]]) : t('composerFill', [PLATFORM_NAMES[p]])}
                </button>
              )}
              {api ? (
                <button className="primary" data-post-api={p} disabled={disabled} onClick={() => onPost(p, 'api')}>
                  {t('composerPostApi', [PLATFORM_NAMES[p]])}
                </button>
              ) : (
                apiOnly && <span className="muted small">{t('composerConnectHint', [PLATFORM_NAMES[p]])}</span>
              )}
            </span>
          );
        })}
      </div>
    </>
  );
}
