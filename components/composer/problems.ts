import { isOver, measure, THREAD_TARGETS, type ComposeTarget, type MeasureOptions } from '@/lib/compose';
import { partsFor, threaded } from '@/lib/compose/draft';
import type { DraftInput } from '@/lib/db/drafts';
import { t } from '@/lib/i18n/t';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';

/** One thing that stops a draft from going out, in words, and where it is fixed. */
export interface Problem {
  /** The platform whose text it is about; absent for the whole draft (no text, no platform). */
  target?: ComposeTarget;
  /** The thread post it is in (0-based), shown next to that post. */
  part?: number;
  text: string;
}

/** What stops one platform's text: each over-long thread post by number, or the post as a whole. */
export function problemsOf(state: DraftInput, target: ComposeTarget, opts: MeasureOptions): Problem[] {
  const name = PLATFORM_NAMES[target];
  const parts = partsFor(state, target, opts);
  const counts = parts.map((part) => measure(target, part, opts));
  if (threaded(state, target))
    return counts.flatMap((m, i) =>
      isOver(m)
        ? [{ target, part: i, text: t('problemPartOver', [name, String(i + 1), String(parts.length), String(m.used), String(m.limit)]) }]
        : [],
    );
  const m = counts[0];
  if (!m || !isOver(m)) return [];
  if (m.title && m.title.used > m.title.limit)
    return [{ target, text: t('composerTitleOver', [name, String(m.title.used - m.title.limit)]) }];
  if (m.hashtags && m.hashtags.used > m.hashtags.limit)
    return [{ target, text: t('composerTooManyHashtags', [name, String(m.hashtags.used), String(m.hashtags.limit)]) }];
  const key = THREAD_TARGETS.includes(target) ? 'problemOverThreadable' : 'problemOver';
  return [{ target, text: t(key, [name, String(m.used), String(m.limit)]) }];
}

/** Everything that stops the draft: the draft's own problems first, then each platform's in order. */
export function draftProblems(state: DraftInput, opts: MeasureOptions): Problem[] {
  const out: Problem[] = [];
  if (!state.text.trim()) out.push({ text: t('composerEmpty') });
  if (!state.platforms.length) out.push({ text: t('composerNoPlatform') });
  for (const p of state.platforms) out.push(...problemsOf(state, p, opts));
  return out;
}

/** The problems that stop posting to one platform: the draft's own and that platform's. */
export const blocking = (all: readonly Problem[], target: ComposeTarget) => all.filter((p) => !p.target || p.target === target);

/** The problems that stop a draft from going out, in words (empty: fine). */
export const problems = (state: DraftInput, opts: MeasureOptions): string[] => draftProblems(state, opts).map((p) => p.text);
