import { useEffect, useMemo } from 'react';
import { useDraftMedia } from '@/components/data/use-drafts';
import { MEDIA_PER_DRAFT, MEDIA_TYPES } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { removeImage } from './composer-actions';

/** The draft's images as thumbnails, each removable, and "Add images" while there is room. */
export function MediaStrip({ draftId, onAdd }: { draftId: string | undefined; onAdd(files: FileList | null): void }) {
  const mediaRows = useDraftMedia(draftId);
  const media = useMemo(() => mediaRows ?? [], [mediaRows]);
  const urls = useMemo(() => new Map(media.map((m) => [m.id, URL.createObjectURL(m.blob)])), [media]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return (
    <div className="row wrap small" data-testid="media">
      {media.map((m) => (
        <span key={m.id} className="thumb">
          <img src={urls.get(m.id)} alt={m.name} width={48} height={48} />
          <button className="small" aria-label={t('composerRemoveMedia', [m.name])} onClick={() => removeImage(m.id)}>
            ×
          </button>
        </span>
      ))}
      {media.length < MEDIA_PER_DRAFT && (
        <label className="button-like">
          {t('composerAddImages')}
          <input
            type="file"
            accept={MEDIA_TYPES.join(',')}
            multiple
            hidden
            data-testid="media-input"
            onChange={(e) => onAdd(e.target.files)}
          />
        </label>
      )}
      {media.length > 0 && <span className="muted">{t('composerMediaHint')}</span>}
    </div>
  );
}
