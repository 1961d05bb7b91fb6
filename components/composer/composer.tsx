import type { MeasureOptions } from '@/lib/compose';
import type { DraftInput } from '@/lib/db/drafts';
import type { BestTimes } from '@/lib/insights/suggested';
import type { Connections } from '@/lib/messaging/protocol';
import { useLocale } from '../ui/locale';
import { useEffect, useRef } from 'react';
import { Notice, type NoticeData } from '../ui/notice';
import { BaseText } from './base-text';
import { addToQueue, attachImages, postTo, saveDraft, scheduleAt, type ComposerContext } from './composer-actions';
import { ComposerHeader } from './composer-header';
import { HashtagSets } from './hashtag-sets';
import { MediaStrip } from './media-strip';
import { PostButtons } from './post-buttons';
import { draftProblems } from './problems';
import { ScheduleRow } from './schedule-row';
import { TargetToggles } from './target-toggles';
import { useComposerState } from './use-composer-state';
import { VariantCard } from './variant-card';

export type ComposerState = DraftInput;

/** An action's notice, under the control that was used, scrolled into view (the panel is narrow and long). */
function NoticeHere({ notice }: { notice: NoticeData }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [notice?.text]);
  return (
    <div ref={ref}>
      <Notice notice={notice} testId="composer-notice" />
    </div>
  );
}

export interface ComposerProps {
  state: ComposerState;
  onChange(next: ComposerState): void;
  connections: Connections;
  measureOpts: MeasureOptions;
  /** Best times per targeted platform, or what each needs (see ScheduleRow). */
  suggested?: readonly BestTimes[];
  now(): number;
  /** "New draft" (the side panel keeps the unsaved text first); without it the text is just cleared. */
  onNew?(): void;
}

/**
 * The full composer: one base text, a variant per platform (editing one forks it from the base),
 * exact counting and a preview with the feed's fold, thread splitting with movable split points,
 * hashtag sets, UTM tagging, images, and every way out: save, schedule, queue, post now, API.
 */
export function Composer({ state, onChange, connections, measureOpts, suggested, now, onNew }: ComposerProps) {
  const locale = useLocale();
  const { notice, setNotice, busy, set, run, where } = useComposerState(state, onChange);
  const ctx: ComposerContext = { state, onChange, measureOpts, now, locale };
  const issues = draftProblems(state, measureOpts);
  const disabled = busy || !state.text.trim();
  const notes = (at: typeof where) => (where === at ? <NoticeHere notice={notice} /> : null);

  return (
    <section className="stack composer" aria-labelledby="full-composer-title">
      <ComposerHeader state={state} onNew={onNew ?? (() => onChange({ text: '', platforms: state.platforms }))} />
      <TargetToggles platforms={state.platforms} onChange={(platforms) => set({ platforms })} />
      {!state.platforms.length && state.text.trim() && (
        <div className="notice error small" role="alert" data-testid="no-platform">
          {issues.find((p) => !p.target && state.text.trim())?.text}
        </div>
      )}
      <BaseText state={state} set={set} />
      {notes('top')}
      <HashtagSets text={state.text} onInsert={(text) => set({ text })} onNotice={setNotice} />
      <MediaStrip draftId={state.id} onAdd={(files) => void run(() => attachImages(ctx, files))} />

      {state.platforms.map((p) => (
        <VariantCard key={p} target={p} state={state} onChange={set} opts={measureOpts} />
      ))}

      <ScheduleRow
        disabled={disabled}
        now={now}
        suggested={suggested ?? []}
        onSave={() => void run(() => saveDraft(ctx), 'schedule')}
        onQueue={() => void run(() => addToQueue(ctx), 'schedule')}
        onSchedule={(at) => void run(() => scheduleAt(ctx, at), 'schedule')}
      />
      {notes('schedule')}
      <PostButtons
        platforms={state.platforms}
        connections={connections}
        disabled={disabled}
        problems={issues}
        onPost={(p, how) => void run(() => postTo(ctx, p, how), 'post')}
      />
      {notes('post')}
    </section>
  );
}
