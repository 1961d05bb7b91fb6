/**
 * Per-tab inspector state in storage.session: it survives the service worker stopping (and is gone
 * when the browser closes, like a visit). Writes for one tab are chained, so two batches arriving
 * together cannot lose each other's update.
 */
import { storage } from '@wxt-dev/storage';
import type { VisitReport } from '../messaging/schemas';
import type { PlatformId } from '../platforms/types';
import { applyVisit, type InspectorState } from '../inspector/state';

export const inspectorKey = (tabId: number) => `session:inspector:${tabId}` as const;

const chains = new Map<number, Promise<void>>();

export function recordVisit(
  tabId: number,
  platform: PlatformId,
  visit: VisitReport,
  stored: readonly string[],
  now: number,
): Promise<void> {
  const run = (chains.get(tabId) ?? Promise.resolve()).then(async () => {
    const prev = await storage.getItem<InspectorState>(inspectorKey(tabId));
    await storage.setItem(inspectorKey(tabId), applyVisit(prev ?? undefined, platform, visit, stored, now));
  });
  const settled = run.catch(() => undefined);
  chains.set(tabId, settled);
  void settled.then(() => {
    if (chains.get(tabId) === settled) chains.delete(tabId);
  });
  return run;
}

/** A closed tab's state goes with it. */
export const forgetTab = (tabId: number) => storage.removeItem(inspectorKey(tabId));
