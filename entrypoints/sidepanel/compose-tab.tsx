import { Composer, type ComposerState } from '@/components/composer/composer';
import { useBestTimes } from '@/components/data/use-insights';
import { Notice, type NoticeData } from '@/components/ui/notice';
import { measureOptions } from '@/lib/compose';
import type { Connections } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings';

/** The full composer, with best-time suggestions per targeted platform, and what became of the text it replaced. */
export function ComposeTab({
  state,
  onChange,
  onNew,
  kept,
  connections,
  settings,
}: {
  state: ComposerState;
  onChange(next: ComposerState): void;
  onNew(): void;
  kept: NoticeData;
  connections: Connections;
  settings: Settings;
}) {
  const best = useBestTimes(state.platforms, settings);
  return (
    <>
      <Notice notice={kept} testId="composer-kept" />
      <Composer
        state={state}
        onChange={onChange}
        onNew={onNew}
        connections={connections}
        measureOpts={measureOptions(settings.xPremium, connections)}
        suggested={best ?? []}
        now={Date.now}
      />
    </>
  );
}
