import type { MeasureOptions } from '@/lib/compose';
import type { DraftInput } from '@/lib/db/drafts';
import type { Connections } from '@/lib/messaging/protocol';
import { useLocale } from '../ui/locale';
import { Notice } from '../ui/notice';
import { BaseText } from './base-text';
import { addToQueue, attachImages, postTo, saveDraft, scheduleAt, type ComposerContext } from './composer-actions';
import { ComposerHeader } from './composer-header';
import { HashtagSets } from './hashtag-sets';
import { MediaStrip } from './media-strip';
import { PostButtons } from './post-buttons';
import { problems } from './problems';
import { ScheduleRow } from './schedule-row';
import { TargetToggles } from './target-toggles';
import { useComposerState } from './use-composer-state';
import { VariantCard } from './variant-card';

export type ComposerState = DraftInput;

export interface ComposerProps {
  state: ComposerState;
  onChange(next: ComposerState): void;
  connections: Connections;
  measureOpts: MeasureOptions;
  /** Suggested slots from the best-time grid (epoch ms), best first. */
  suggested: number[];
  now(): number;
}

/**
 * The full composer: one base text, a variant per platform (editing one forks it from the base),
 * exact counting and a preview with the feed's fold, thread splitting with movable split points,
 * hashtag sets, UTM tagging, images, and every way out: save, schedule, queue, post now, API.
 */
export function Composer({ state, onChange, connections, measureOpts, suggested, now }: ComposerProps) {
  const locale = useLocale();
  const { notice, setNotice, busy, set, run } = useComposerState(state, onChange);
  const ctx: ComposerContext = { state, onChange, measureOpts, now, locale };
  const issues = problems(state, measureOpts);
  const disabled = busy || !state.text.trim();

  return (
    <section className="stack composer" aria-labelledby="full-composer-title">
      <ComposerHeader draftId={state.id} onNew={() => onChange({ text: '', platforms: state.platforms })} />
      <TargetToggles platforms={state.platforms} onChange={(platforms) => set({ platforms })} />
      <BaseText state={state} set={set} />
      <HashtagSets text={state.text} onInsert={(text) => set({ text })} onNotice={setNotice} />
      <MediaStrip draftId={state.id} onAdd={(files) => void run(() => attachImages(ctx, files))} />

      {state.platforms.map((p) => (
        <VariantCard key={p} target={p} state={state} onChange={set} opts={measureOpts} />
      ))}

      {issues.length > 0 && state.text.trim() && (
        <div className="notice error" role="alert" data-testid="composer-problems">
          {issues.join(' ')}
        </div>
      )}

      <ScheduleRow
        disabled={disabled}
        now={now}
        suggested={suggested}
        onSave={() => void run(() => saveDraft(ctx))}
        onQueue={() => void run(() => addToQueue(ctx))}
        onSchedule={(at) => void run(() => scheduleAt(ctx, at))}
      />
      <PostButtons
        platforms={state.platforms}
        connections={connections}
        disabled={disabled}
        onPost={(p, how) => void run(() => postTo(ctx, p, how))}
      />
      <Notice notice={notice} testId="composer-notice" />
    </section>
  );
}
