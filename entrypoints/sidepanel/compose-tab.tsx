import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Composer, type ComposerState } from '@/components/composer/composer';
import { measureOptions } from '@/lib/compose';
import { getDb } from '@/lib/db/db';
import type { Connections } from '@/lib/messaging/protocol';
import { computeInsights } from '@/lib/insights/compute';
import { loadInsightRows } from '@/lib/insights/load';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms/types';
import { suggestedSlots } from '@/lib/scheduling/queue';
import type { Settings } from '@/lib/settings';

const db = getDb();

/** Best-time slots for the first targeted platform with watched accounts, from the last 90 days. */
async function suggestionsFor(platforms: readonly string[], settings: Settings, now: number): Promise<number[]> {
  const platform = platforms.find((p): p is PlatformId => (PLATFORM_IDS as readonly string[]).includes(p));
  if (!platform) return [];
  const accounts = (await db.accounts.where('role').anyOf('competitor', 'own').toArray())
    .filter((a) => a.platform === platform)
    .map((a) => a.handle);
  if (!accounts.length) return [];
  const from = now - 90 * 86_400_000;
  const rows = await loadInsightRows(db, { platform, accounts, from, to: now });
  const insights = computeInsights({
    ...rows,
    from,
    to: now,
    now,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    counters: settings.engagementCounters,
  });
  return suggestedSlots(insights.best, now);
}

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
  const [suggested, setSuggested] = useState<number[]>([]);
  const key = state.platforms.join(',');
  const watched = useLiveQuery(() => db.accounts.count(), []);
  useEffect(() => {
    let live = true;
    void suggestionsFor(key.split(','), settings, Date.now()).then(
      (s) => live && setSuggested(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key, settings, watched]);
  return (
    <Composer
      state={state}
      onChange={onChange}
      connections={connections}
      measureOpts={measureOptions(settings.xPremium, connections.mastodon?.limit)}
      suggested={suggested}
      now={Date.now}
    />
  );
}
