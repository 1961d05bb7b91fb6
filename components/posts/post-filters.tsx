import type { StoredAuthor } from '@/lib/db/queries/posts-list';
import type { AccountRole } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { POST_SCOPES, POST_SORTS, type PostFilter, type PostScope, type PostSort } from '@/lib/posts/list';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import type { MediaType, PlatformId } from '@/lib/platforms/types';
import { AuthorPicker } from './author-picker';
import './posts.css';

export const DATE_PRESETS = ['any', 'today', '7', '30', '90', 'custom'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];
const MEDIA: MediaType[] = ['text', 'photo', 'video', 'gif', 'mixed', 'link'];

const SCOPE_LABEL: Record<PostScope, () => string> = {
  all: () => t('postsScopeAll'),
  watched: () => t('postsScopeWatched'),
  competitor: () => t('postsScopeCompetitor'),
  own: () => t('postsScopeOwn'),
};
const SORT_LABEL: Record<PostSort, () => string> = {
  newest: () => t('postsSortNewest'),
  oldest: () => t('postsSortOldest'),
  engagement: () => t('postsSortEngagement'),
  er: () => t('postsSortEr'),
  usual: () => t('postsSortUsual'),
};
const MEDIA_LABEL: Record<MediaType, () => string> = {
  text: () => t('postsMediaText'),
  photo: () => t('postsMediaPhoto'),
  video: () => t('postsMediaVideo'),
  gif: () => t('postsMediaGif'),
  mixed: () => t('postsMediaMixed'),
  link: () => t('postsMediaLink'),
};
const DATE_LABEL: Record<DatePreset, () => string> = {
  any: () => t('postsDateAny'),
  today: () => t('postsDateToday'),
  '7': () => t('postsDateDays', ['7']),
  '30': () => t('postsDateDays', ['30']),
  '90': () => t('postsDateDays', ['90']),
  custom: () => t('postsDateCustom'),
};

export interface PostFiltersProps {
  search: string;
  onSearch(q: string): void;
  filter: Omit<PostFilter, 'search'>;
  onFilter(f: Omit<PostFilter, 'search'>): void;
  sort: PostSort;
  onSort(s: PostSort): void;
  date: DatePreset;
  onDate(preset: DatePreset): void;
  /** The custom range's days as yyyy-mm-dd (to inclusive). */
  customDays?: { from: string; to: string };
  onCustomDays?(days: { from: string; to: string }): void;
  platforms: readonly PlatformId[];
  authors: readonly StoredAuthor[];
  roles: ReadonlyMap<string, AccountRole>;
}

/** Search, then platform, whose posts and sort; media, dates and author. */
export function PostFilters(p: PostFiltersProps) {
  const { filter, onFilter } = p;
  return (
    <div className="post-filters" data-testid="post-filters">
      <input
        className="wide"
        type="search"
        value={p.search}
        placeholder={t('postsSearchPlaceholder')}
        aria-label={t('postsSearchLabel')}
        data-testid="post-search"
        maxLength={200}
        onChange={(e) => p.onSearch(e.target.value)}
      />
      <select
        aria-label={t('panelPlatformAll')}
        value={filter.platform ?? ''}
        data-testid="platform-filter"
        onChange={(e) => {
          const platform = (e.target.value || undefined) as PlatformId | undefined;
          onFilter({ ...filter, platform, author: platform && platform === filter.platform ? filter.author : undefined });
        }}
      >
        <option value="">{t('panelPlatformAll')}</option>
        {p.platforms.map((id) => (
          <option key={id} value={id}>
            {PLATFORM_NAMES[id]}
          </option>
        ))}
      </select>
      <select
        aria-label={t('postsScopeLabel')}
        value={filter.scope}
        data-testid="scope-filter"
        onChange={(e) => onFilter({ ...filter, scope: e.target.value as PostScope })}
      >
        {POST_SCOPES.map((s) => (
          <option key={s} value={s}>
            {SCOPE_LABEL[s]()}
          </option>
        ))}
      </select>
      <select
        aria-label={t('postsSortLabel')}
        value={p.sort}
        data-testid="sort-select"
        onChange={(e) => p.onSort(e.target.value as PostSort)}
      >
        {POST_SORTS.map((s) => (
          <option key={s} value={s}>
            {SORT_LABEL[s]()}
          </option>
        ))}
      </select>
      <select
        aria-label={t('postsMediaLabel')}
        value={filter.media ?? ''}
        data-testid="media-filter"
        onChange={(e) => onFilter({ ...filter, media: (e.target.value || undefined) as MediaType | undefined })}
      >
        <option value="">{t('postsMediaAny')}</option>
        {MEDIA.map((m) => (
          <option key={m} value={m}>
            {MEDIA_LABEL[m]()}
          </option>
        ))}
      </select>
      <select
        aria-label={t('postsDateLabel')}
        value={p.date}
        data-testid="date-filter"
        onChange={(e) => p.onDate(e.target.value as DatePreset)}
      >
        {DATE_PRESETS.map((d) => (
          <option key={d} value={d}>
            {DATE_LABEL[d]()}
          </option>
        ))}
      </select>
      <AuthorPicker
        authors={p.authors}
        roles={p.roles}
        platform={filter.platform}
        value={filter.platform && filter.author ? { platform: filter.platform, authorKey: filter.author } : undefined}
        onPick={(a) => onFilter({ ...filter, ...(a ? { platform: a.platform, author: a.authorKey } : { author: undefined }) })}
      />
      {p.date === 'custom' && p.customDays && p.onCustomDays && (
        <div className="wide row">
          <input
            type="date"
            aria-label={t('postsDateFrom')}
            data-testid="date-from"
            value={p.customDays.from}
            onChange={(e) => p.onCustomDays!({ ...p.customDays!, from: e.target.value })}
          />
          <span className="muted">–</span>
          <input
            type="date"
            aria-label={t('postsDateTo')}
            data-testid="date-to"
            value={p.customDays.to}
            onChange={(e) => p.onCustomDays!({ ...p.customDays!, to: e.target.value })}
          />
        </div>
      )}
    </div>
  );
}
