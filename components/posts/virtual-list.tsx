import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  itemKey(item: T): string;
  /** A row's height before it is measured, px. */
  estimate: number;
  render(item: T, index: number): ReactNode;
  /** Space between rows, px. */
  gap?: number;
  /** Rows laid out beyond the viewport on each side, px. */
  overscan?: number;
  label?: string;
}

/**
 * A list that lays out only the rows near the viewport (the page's own scroll, so the side panel
 * scrolls as one), whatever its length: 10,000 posts cost what twenty do. Rows are measured as
 * they render (one ResizeObserver) and keep their measured height; a row above the viewport that
 * changes height moves the scroll by as much, so what is on screen stays put.
 */
export function VirtualList<T>({ items, itemKey, estimate, render, gap = 10, overscan = 800, label }: VirtualListProps<T>) {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [measured, setMeasured] = useState(0);
  const [m] = useState(() => new Measurer(() => setMeasured((n) => n + 1)));
  const [view, setView] = useState({ top: 0, height: 900 });

  useLayoutEffect(() => {
    if (!box) return;
    const update = () => {
      const r = box.getBoundingClientRect();
      setView((v) => (v.top === -r.top && v.height === window.innerHeight ? v : { top: -r.top, height: window.innerHeight }));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [box]);
  useEffect(() => () => m.stop(), [m]);

  const keys = useMemo(() => items.map(itemKey), [items, itemKey]);
  const offsets = useMemo(() => m.layout(keys, estimate, gap, measured), [m, keys, estimate, gap, measured]);
  const first = rowAt(offsets, view.top - overscan);
  const last = Math.min(items.length, rowAt(offsets, view.top + view.height + overscan) + 1);
  const total = Math.max(0, offsets[items.length]! - gap);
  useLayoutEffect(() => m.track(keys, first, last, offsets, view.top), [m, keys, first, last, offsets, view.top]);
  const measure = useCallback((el: HTMLDivElement | null) => m.observe(el), [m]);

  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={keys[i]} data-vkey={keys[i]} ref={measure}>
        {render(items[i]!, i)}
      </div>,
    );
  }
  return (
    <div
      ref={setBox}
      aria-label={label}
      data-testid="post-list"
      data-count={items.length}
      style={{ height: total, overflowAnchor: 'none' }}
    >
      <div style={{ transform: `translateY(${offsets[first] ?? 0}px)`, display: 'flex', flexDirection: 'column', gap }}>{rows}</div>
    </div>
  );
}

/** Measured row heights, and the observer that keeps them, outside React's state. */
class Measurer {
  private heights = new Map<string, number>();
  private rendered = new Map<string, number>();
  private offsets: Float64Array = new Float64Array(1);
  private viewTop = 0;
  private estimate = 100;
  private frame = 0;
  private observer: ResizeObserver | undefined;

  constructor(private changed: () => void) {
    if (typeof ResizeObserver !== 'undefined') this.observer = new ResizeObserver((entries) => this.resized(entries));
  }

  /** Row offsets (n + 1 of them) from measured heights, else the estimate. `_version` stands for the heights. */
  layout(keys: readonly string[], estimate: number, gap: number, _version: number): Float64Array {
    this.estimate = estimate;
    const o = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) o[i + 1] = o[i]! + (this.heights.get(keys[i]!) ?? estimate) + gap;
    return o;
  }

  track(keys: readonly string[], first: number, last: number, offsets: Float64Array, viewTop: number): void {
    this.rendered = new Map(keys.slice(first, last).map((k, i) => [k, first + i]));
    this.offsets = offsets;
    this.viewTop = viewTop;
  }

  observe(el: HTMLDivElement | null): (() => void) | undefined {
    if (!el || !this.observer) return undefined;
    const observer = this.observer;
    observer.observe(el);
    return () => observer.unobserve(el);
  }

  stop(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  private resized(entries: ResizeObserverEntry[]): void {
    let changed = false;
    let shift = 0;
    for (const e of entries) {
      const key = (e.target as HTMLElement).dataset.vkey;
      if (!key) continue;
      const h = e.borderBoxSize?.[0]?.blockSize ?? (e.target as HTMLElement).offsetHeight;
      const before = this.heights.get(key) ?? this.estimate;
      if (Math.abs(before - h) < 0.5) continue;
      this.heights.set(key, h);
      changed = true;
      const i = this.rendered.get(key);
      if (i !== undefined && this.offsets[i + 1]! <= this.viewTop) shift += h - before;
    }
    if (shift) window.scrollBy(0, shift);
    if (changed && !this.frame)
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.changed();
      });
  }
}

/** The index of the row at offset y (the last row starting at or before it). */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(lo, Math.max(0, offsets.length - 2));
}
