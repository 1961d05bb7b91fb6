/**
 * How much a page may have stored per minute: rows and bytes per tab, and rows and bytes per platform
 * (all tabs of it together). Far above what a person scrolling produces (the bench's 2,000-post scroll is well
 * under it), so only a page flooding its content script with forged posts meets it. In memory: a
 * worker that restarts starts a fresh minute, which a flood cannot force (the worker is busy).
 */
export const BUDGET = {
  rowsPerTab: 5000,
  bytesPerTab: 64 * 1024 * 1024,
  rowsPerPlatform: 20_000,
  bytesPerPlatform: 256 * 1024 * 1024,
  windowMs: 60_000,
} as const;

interface Window {
  start: number;
  rows: number;
  bytes: number;
}
const windows = new Map<string, Window>();

function take(key: string, rows: number, bytes: number, now: number, maxRows: number, maxBytes: number): boolean {
  let w = windows.get(key);
  if (!w || now - w.start >= BUDGET.windowMs) {
    if (windows.size > 1000) windows.clear();
    windows.set(key, (w = { start: now, rows: 0, bytes: 0 }));
  }
  if (w.rows + rows > maxRows || w.bytes + bytes > maxBytes) return false;
  w.rows += rows;
  w.bytes += bytes;
  return true;
}

/** Whether a batch of `rows` rows and about `bytes` bytes from this tab fits this minute's budget (and counts it if so). */
export function withinBudget(tab: string, platform: string, rows: number, bytes: number, now: number): boolean {
  const perTab = windows.get(`tab:${tab}`);
  const perPlatform = windows.get(`platform:${platform}`);
  const fresh = (w?: Window) => !w || now - w.start >= BUDGET.windowMs;
  const tabOk = fresh(perTab) || (perTab!.rows + rows <= BUDGET.rowsPerTab && perTab!.bytes + bytes <= BUDGET.bytesPerTab);
  const platformOk =
    fresh(perPlatform) || (perPlatform!.rows + rows <= BUDGET.rowsPerPlatform && perPlatform!.bytes + bytes <= BUDGET.bytesPerPlatform);
  if (!tabOk || !platformOk) return false;
  take(`tab:${tab}`, rows, bytes, now, BUDGET.rowsPerTab, BUDGET.bytesPerTab);
  take(`platform:${platform}`, rows, bytes, now, BUDGET.rowsPerPlatform, BUDGET.bytesPerPlatform);
  return true;
}

/** Post keys stored from each tab in its current window: what a tab that then floods has stored. */
const storedThisWindow = new Map<string, { start: number; keys: Array<[string, string]> }>();

/** Note the posts a tab's batch stored (within its current budget window). */
export function noteStored(tab: string, keys: ReadonlyArray<[string, string]>, now: number): void {
  let w = storedThisWindow.get(tab);
  if (!w || now - w.start >= BUDGET.windowMs) {
    if (storedThisWindow.size > 1000) storedThisWindow.clear();
    storedThisWindow.set(tab, (w = { start: now, keys: [] }));
  }
  if (w.keys.length < BUDGET.rowsPerTab) w.keys.push(...keys.slice(0, BUDGET.rowsPerTab - w.keys.length));
}

/** The posts stored this window by a tab that has just gone over its budget (then forgotten here). */
export function takeStoredThisWindow(tab: string): Array<[string, string]> {
  const keys = storedThisWindow.get(tab)?.keys ?? [];
  storedThisWindow.delete(tab);
  return keys;
}

/** Forget every window (tests). */
export const resetBudgets = () => (windows.clear(), storedThisWindow.clear());
