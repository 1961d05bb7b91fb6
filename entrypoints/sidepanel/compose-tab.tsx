import { Composer, type ComposerState } from '@/components/composer/composer';
import { useSuggestedSlots } from '@/components/data/use-insights';
import { measureOptions } from '@/lib/compose';
import type { Connections } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings';

/** The full composer, with best-time slots for the first targeted platform with watched accounts. */
export function ComposeTab({
  state,
  onChange,
  connections,
  settings,
}: {
  state: ComposerState;
  onChange(next: ComposerState): void;
  connections: Connections;
  settings: Settings;
}) {
  const suggested = useSuggestedSlots(state.platforms, settings);
  return (
    <Composer
      state={state}
      onChange={onChange}
      connections={connections}
      measureOpts={measureOptions(settings.xPremium, connections)}
      suggested={suggested}
      now={Date.now}
    />
  );
}
