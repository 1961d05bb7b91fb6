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

/**
 * One value per key for the key's current window (windows are fixed, from the key's first use); the
 * value starts over when the window ends. In memory, bounded: past `maxKeys` keys all are forgotten.
 * The capture budget, the posts a tab stored this minute and the badge budget are all kept in one.
 */
export class Windows<T> {
  private readonly m = new Map<string, { start: number; value: T }>();
  constructor(
    private readonly windowMs: number,
    private readonly fresh: () => T,
    private readonly maxKeys = 1000,
  ) {}

  /** The key's value in the window that holds `now`. */
  at(key: string, now: number): T {
    let w = this.m.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.m.size > this.maxKeys) this.m.clear();
      this.m.set(key, (w = { start: now, value: this.fresh() }));
    }
    return w.value;
  }

  /** The key's value as it stands, forgotten here. */
  take(key: string): T | undefined {
    const value = this.m.get(key)?.value;
    this.m.delete(key);
    return value;
  }

  clear(): void {
    this.m.clear();
  }
}

const used = new Windows(BUDGET.windowMs, () => ({ rows: 0, bytes: 0 }));

/** Whether a batch of `rows` rows and about `bytes` bytes from this tab fits this minute's budget (and counts it if so). */
export function withinBudget(tab: string, platform: string, rows: number, bytes: number, now: number): boolean {
  const perTab = used.at(`tab:${tab}`, now);
  const perPlatform = used.at(`platform:${platform}`, now);
  const fits =
    perTab.rows + rows <= BUDGET.rowsPerTab &&
    perTab.bytes + bytes <= BUDGET.bytesPerTab &&
    perPlatform.rows + rows <= BUDGET.rowsPerPlatform &&
    perPlatform.bytes + bytes <= BUDGET.bytesPerPlatform;
  if (!fits) return false;
  for (const w of [perTab, perPlatform]) {
    w.rows += rows;
    w.bytes += bytes;
  }
  return true;
}

/** Post keys stored from each tab in its current window: what a tab that then floods has stored. */
const storedThisWindow = new Windows<Array<[string, string]>>(BUDGET.windowMs, () => []);

/** Note the posts a tab's batch stored (within its current budget window). */
export function noteStored(tab: string, keys: ReadonlyArray<[string, string]>, now: number): void {
  const stored = storedThisWindow.at(tab, now);
  if (stored.length < BUDGET.rowsPerTab) stored.push(...keys.slice(0, BUDGET.rowsPerTab - stored.length));
}

/** The posts stored this window by a tab that has just gone over its budget (then forgotten here). */
export const takeStoredThisWindow = (tab: string): Array<[string, string]> => storedThisWindow.take(tab) ?? [];

/** Forget every window (tests). */
export const resetBudgets = () => (used.clear(), storedThisWindow.clear());
