import { useId, useMemo, useState } from 'react';
import type { StoredAuthor } from '@/lib/db/queries/posts-list';
import type { AccountRole } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { pickAuthors } from '@/lib/posts/authors';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import type { PlatformId } from '@/lib/platforms/types';
import './posts.css';

export interface AuthorPickerProps {
  authors: readonly StoredAuthor[];
  roles: ReadonlyMap<string, AccountRole>;
  /** Only this platform's authors, when one is chosen. */
  platform?: PlatformId;
  value?: { platform: PlatformId; authorKey: string };
  onPick(author: StoredAuthor | undefined): void;
}

/**
 * Every stored author, typed search: watched first, then by posts stored. A combobox: type, move
 * with ↑/↓, Enter picks, Escape closes; an empty field means all authors.
 */
export function AuthorPicker({ authors, roles, platform, value, onPick }: AuthorPickerProps) {
  const listId = useId();
  const [query, setQuery] = useState<string>();
  const [active, setActive] = useState(0);
  const pool = useMemo(() => (platform ? authors.filter((a) => a.platform === platform) : authors), [authors, platform]);
  const picked = value && authors.find((a) => a.platform === value.platform && a.authorKey === value.authorKey);
  const open = query !== undefined;
  const options = useMemo(() => (open ? pickAuthors(pool, roles, query, 50) : []), [open, pool, roles, query]);
  const choose = (a: StoredAuthor | undefined) => {
    setQuery(undefined);
    onPick(a);
  };
  return (
    <div className="author-picker">
      <input
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-label={t('postsAuthorLabel')}
        placeholder={t('panelFilterAll')}
        data-testid="author-filter"
        value={query ?? (picked ? `@${picked.handle}` : '')}
        onFocus={() => setQuery('')}
        onBlur={() => setTimeout(() => setQuery(undefined), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          if (!e.target.value && value) onPick(undefined);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, options.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Escape') setQuery(undefined);
          else if (e.key === 'Enter' && options[active]) {
            e.preventDefault();
            choose(options[active]);
          } else return;
          e.preventDefault();
        }}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={t('postsAuthorLabel')}>
          {options.length === 0 && <li className="muted small">{t('postsAuthorNone')}</li>}
          {options.map((a, i) => (
            <li
              key={`${a.platform}:${a.authorKey}`}
              role="option"
              aria-selected={i === active}
              data-author={`${a.platform}:${a.authorKey}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(a);
              }}
            >
              <span>@{a.handle}</span>
              <span className="muted small">{PLATFORM_NAMES[a.platform]}</span>
              <span className="spacer" />
              <span className="muted small nowrap">{a.posts}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
