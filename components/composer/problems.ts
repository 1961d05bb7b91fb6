import { isOver, measure, THREAD_TARGETS, type MeasureOptions } from '@/lib/compose';
import { partsFor } from '@/lib/compose/draft';
import type { DraftInput } from '@/lib/db/drafts';
import { t } from '@/lib/i18n/t';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';

/** The problems that stop a draft from going out, in words (empty: fine). */
export function problems(state: DraftInput, opts: MeasureOptions): string[] {
  const out: string[] = [];
  if (!state.text.trim()) out.push(t('composerEmpty'));
  if (!state.platforms.length) out.push(t('composerNoPlatform'));
  for (const p of state.platforms) {
    const parts = partsFor(state, p, opts);
    const bad = parts.map((part) => measure(p, part, opts)).find(isOver);
    if (!bad) continue;
    if (bad.title && bad.title.used > bad.title.limit)
      out.push(t('composerTitleOver', [PLATFORM_NAMES[p], String(bad.title.used - bad.title.limit)]));
    else if (bad.hashtags && bad.hashtags.used > bad.hashtags.limit)
      out.push(t('composerTooManyHashtags', [PLATFORM_NAMES[p], String(bad.hashtags.used), String(bad.hashtags.limit)]));
    else
      out.push(
        t(THREAD_TARGETS.includes(p) ? 'composerOverThreadable' : 'composerOverPlatform', [
          PLATFORM_NAMES[p],
          String(bad.used - bad.limit),
        ]),
      );
  }
  return out;
}
