import { useEffect, useMemo, useState } from 'react';
import { storage } from '@wxt-dev/storage';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import type { PostRow } from '@/lib/db/schema';
import type { InspectorState } from '@/lib/inspector/state';
import type { PlatformId } from '@/lib/platforms/types';

const db = getDb();

/** What capture saw in a tab this visit (the background keeps it in storage.session), live; null when nothing yet. */
export function useInspector(tabId: number | undefined): InspectorState | null | undefined {
  const [state, setState] = useState<{ tabId: number; value: InspectorState | null }>();
  useEffect(() => {
    if (tabId === undefined) return;
    const key = `session:inspector:${tabId}` as const;
    void storage.getItem<InspectorState>(key).then((v) => setState({ tabId, value: v ?? null }));
    return storage.watch<InspectorState>(key, (v) => setState({ tabId, value: v ?? null }));
  }, [tabId]);
  return state && state.tabId === tabId ? state.value : undefined;
}

/** Stored posts by id on one platform, in the order given (missing ones left out), live. */
export function usePostsById(platform: PlatformId | undefined, ids: readonly string[]): PostRow[] | undefined {
  const key = ids.join(',');
  const keys = useMemo(
    () =>
      platform
        ? key
            .split(',')
            .filter(Boolean)
            .map((id) => [platform, id] as [string, string])
        : [],
    [platform, key],
  );
  return useLiveQuery(async () => (await db.posts.bulkGet(keys)).filter((p): p is PostRow => !!p), [keys]);
}
